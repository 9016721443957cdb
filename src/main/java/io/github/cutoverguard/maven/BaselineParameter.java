package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.NearestName;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <baseline>} POM configuration: the approved producer release the runtime is pinned to. Each goal takes the
 * element as written ({@link #from}), so that a misspelt field is the plugin's configuration error naming the nearest
 * field (Maven's own would name this class, with no suggestion).
 *
 * <pre>
 * &lt;baseline&gt;
 *   &lt;releaseTag&gt;v7.4.0&lt;/releaseTag&gt;
 *   &lt;commitSha&gt;cf331449e1589581a5dcbb3adecd3e9ae4509277&lt;/commitSha&gt;
 *   &lt;serviceContract&gt;billing.v7&lt;/serviceContract&gt;
 *   &lt;apiContract&gt;api.v1&lt;/apiContract&gt;
 *   &lt;integrationBaseline&gt;integration/v1&lt;/integrationBaseline&gt;
 * &lt;/baseline&gt;
 * </pre>
 */
public class BaselineParameter {

    /** The approved producer release tag, e.g. {@code v7.4.0}. */
    private String releaseTag;

    /** The full commit SHA the release tag points at (40 or 64 lowercase hex characters). */
    private String commitSha;

    /** The service contract version of the approved release, e.g. {@code billing.v7}. */
    private String serviceContract;

    /** The API contract version of the approved release, e.g. {@code api.v1}. */
    private String apiContract;

    /** The integration baseline of the approved release, e.g. {@code integration/v1}. */
    private String integrationBaseline;

    /** The fields of {@code <baseline>}, as written in the POM. */
    static final List<String> FIELDS = List.of("releaseTag", "commitSha", "serviceContract", "apiContract",
            "integrationBaseline");

    public BaselineParameter() {
    }

    /**
     * The {@code <baseline>} element as written, each field evaluated as Maven evaluates parameters ({@code ${...}}
     * expressions); {@code null} when not configured.
     *
     * @param raw  the element, or {@code null}
     * @param mojo the goal it configures (its session and execution evaluate the expressions)
     * @throws MojoExecutionException for an unknown field (naming the nearest) or an expression that cannot be evaluated
     */
    static BaselineParameter from(PlexusConfiguration raw, AbstractCutoverMojo mojo) throws MojoExecutionException {
        if (raw == null) {
            return null;
        }
        ExpressionEvaluator evaluator = mojo.session == null || mojo.mojoExecution == null ? null
                : new PluginParameterExpressionEvaluator(mojo.session, mojo.mojoExecution);
        Map<String, String> values = new HashMap<>();
        for (PlexusConfiguration field : raw.getChildren()) {
            if (!FIELDS.contains(field.getName())) {
                throw new MojoExecutionException(unknown(field.getName(), "this goal's configuration"));
            }
            String text = field.getValue(null);
            try {
                Object value = evaluator == null || text == null ? text : evaluator.evaluate(text);
                values.put(field.getName(), value == null ? null : value.toString());
            } catch (ExpressionEvaluationException e) {
                throw new MojoExecutionException("<baseline><" + field.getName() + ">: " + text + " cannot be evaluated ("
                        + e.getMessage() + ")");
            }
        }
        return new BaselineParameter(values.get("releaseTag"), values.get("commitSha"), values.get("serviceContract"),
                values.get("apiContract"), values.get("integrationBaseline"));
    }

    /** The message for an element {@code name} that is no field of {@code <baseline>}, found in {@code where}. */
    static String unknown(String name, String where) {
        return "Unknown element <" + name + "> in <baseline> of " + where + ": did you mean <" + NearestName.of(name, FIELDS) + ">? ("
                + "<baseline> has " + String.join(", ", FIELDS.stream().map(f -> "<" + f + ">").toList()) + ")";
    }

    BaselineParameter(String releaseTag, String commitSha, String serviceContract, String apiContract,
                      String integrationBaseline) {
        this.releaseTag = releaseTag;
        this.commitSha = commitSha;
        this.serviceContract = serviceContract;
        this.apiContract = apiContract;
        this.integrationBaseline = integrationBaseline;
    }

    /** The engine's view of this configuration, with blank values as absent. */
    Baseline toBaseline() {
        return new Baseline(trim(releaseTag), trim(commitSha), trim(serviceContract), trim(apiContract),
                trim(integrationBaseline));
    }

    /** The configured baseline with all five fields, else a configuration error naming the missing ones. */
    static Baseline required(BaselineParameter configured) throws MojoExecutionException {
        Baseline b = configured == null ? Baseline.NONE : configured.toBaseline();
        List<String> missing = new ArrayList<>();
        addIfNull(missing, b.releaseTag(), "releaseTag");
        addIfNull(missing, b.commitSha(), "commitSha");
        addIfNull(missing, b.serviceContract(), "serviceContract");
        addIfNull(missing, b.apiContract(), "apiContract");
        addIfNull(missing, b.integrationBaseline(), "integrationBaseline");
        if (!missing.isEmpty()) {
            throw new MojoExecutionException("<baseline> is incomplete: set " + String.join(", ", missing)
                    + " in the plugin configuration (the approved producer release the pin must match)");
        }
        return b;
    }

    private static void addIfNull(List<String> missing, String value, String name) {
        if (value == null) {
            missing.add(name);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
