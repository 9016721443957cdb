package io.github.cutoverguard.engine.handoff;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one slug of a contract name ({@code <name>.v<N>}, e.g. {@code billing.v8},
 * {@code orders-api.v12}) that handoff payloads spell their kinds and policies with: the name in
 * lower case with every run of non-alphanumerics replaced by {@code -} ({@code orders-api-v12},
 * in {@code orders-api-v12-rehearsal-handoff.v1} and {@code orders-api-v12-candidate}) or by
 * {@code _} ({@code orders_api_v12}, in the policy keys {@code orders_api_v12_stable} and
 * {@code orders_api_v12_candidate}). {@link HandoffGenerator} writes, and {@link HandoffKind},
 * {@link EnvelopePolicyIsConsistent} and {@link RehearsalAvoidsCutover} recognise, exactly these;
 * the bundled schemas use the same patterns ({@link #DASHED}, {@link #POLICY_KEY}).
 */
public final class ContractSlug {

    /** A dashed slug as the patterns of the bundled schemas spell it: {@code <name runs>-v<N>}. */
    public static final String DASHED = "(?:[a-z0-9]+-)+v[0-9]+";
    /** An envelope policy key: {@code <name runs>_v<N>_<policy>}, e.g. {@code orders_api_v12_candidate}. */
    public static final String POLICY_KEY = "(?:[a-z0-9]+_)+v[0-9]+_[a-z_]+";
    /** The policy name after a contract's underscored slug: {@code stable}, {@code candidate}, ... */
    private static final Pattern POLICY_SUFFIX = Pattern.compile("[a-z_]+");
    private static final Pattern NON_ALPHANUMERIC_RUN = Pattern.compile("[^a-z0-9]+");

    private ContractSlug() {
    }

    /** {@code orders-api.v12} → {@code orders-api-v12}. */
    public static String dashed(String contract) {
        return slug(contract, "-");
    }

    /** {@code orders-api.v12} → {@code orders_api_v12}. */
    public static String underscored(String contract) {
        return slug(contract, "_");
    }

    /** The handoff mode of a release candidate for {@code contract}: {@code orders-api-v12-candidate}. */
    public static String candidateMode(String contract) {
        return dashed(contract) + "-candidate";
    }

    /** Whether {@code key} names one of {@code contract}'s envelope policies ({@code <slug_>_<policy>}). */
    public static boolean isPolicyOf(String key, String contract) {
        String prefix = underscored(contract) + "_";
        return key.startsWith(prefix) && POLICY_SUFFIX.matcher(key.substring(prefix.length())).matches();
    }

    /** The key of {@code contract}'s stable envelope policy: {@code orders_api_v12_stable}. */
    public static String stablePolicy(String contract) {
        return underscored(contract) + "_stable";
    }

    /** The slug; {@code unknown} for a missing contract (the schemas then name what is missing). */
    private static String slug(String contract, String separator) {
        return contract == null ? "unknown"
                : NON_ALPHANUMERIC_RUN.matcher(contract.toLowerCase(Locale.ROOT)).replaceAll(separator);
    }
}
