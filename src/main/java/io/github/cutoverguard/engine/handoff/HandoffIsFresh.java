package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.git.LastChange;
import io.github.cutoverguard.engine.io.UnifiedDiff;
import io.github.cutoverguard.engine.json.JsonDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when the committed rehearsal handoff differs from what {@link HandoffGenerator} makes of the
 * canonical manifest, with a unified diff of the committed file against the regenerated one. The timestamp is part of
 * what is compared: the candidate is regenerated at the configured generation time ({@code -Dcutover.generatedAt},
 * else {@code project.build.outputTimestamp}), and only when none is configured at the committed
 * {@code generated_at_utc}. Either way a handoff cannot be older than what it was generated from: its
 * {@code generated_at_utc} is on or after the commit that last changed the manifest, when git can say
 * ({@link LastChange}). The order of the error codes is no meaning (they are compared as sets everywhere, and the
 * rehearsal handoff's {@code validation_mode} is {@code set_equality}), so the committed order is kept when the
 * codes are the manifest's.
 */
public final class HandoffIsFresh implements Check<JsonDocument> {

    public static final Rule RULE = Rule.HANDOFF_STALE;
    private static final String GENERATED_AT = "/generated_at_utc";
    private static final String CODES = "/error_code_expectations/codes";

    private final JsonDocument manifest;
    private final HandoffSettings settings;
    private final Instant configured;
    private final Optional<LastChange> source;

    /**
     * @param manifest the canonical manifest it must be generated from
     * @param settings the generator settings configured in the POM
     * @param configured the configured generation time, or {@code null} to keep the committed one
     * @param source the last change of the manifest, when git can say
     */
    public HandoffIsFresh(JsonDocument manifest, HandoffSettings settings, Instant configured, Optional<LastChange> source) {
        this.manifest = manifest;
        this.settings = settings;
        this.configured = configured;
        this.source = source;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument committed) {
        List<Breach> breaches = new ArrayList<>();
        Optional<Instant> stamp = committedStamp(committed);
        source.ifPresent(change -> stamp.filter(at -> at.isBefore(change.notBefore())).ifPresent(at ->
                breaches.add(committed.breachAt(RULE, GENERATED_AT, "generated_at_utc is " + at + ", before "
                                + change.describe(manifest.displayName()) + ": " + NOT_OLDER)
                        .expected("on or after " + change.notBefore()).actual(at.toString())
                        .hint("regenerate the handoff from the manifest: mvn cutover:generate-handoff (with "
                                + "project.build.outputTimestamp or -Dcutover.generatedAt on or after "
                                + change.notBefore() + ", or neither) and commit the result")
                        .build())));
        byte[] expected = regenerate(committed, manifest, settings, configured != null ? configured
                : stamp.orElse(Instant.EPOCH));
        byte[] actual = committed.source().bytes();
        if (!Arrays.equals(expected, actual)) {
            String diff = UnifiedDiff.of(committed.displayName() + " (committed)", actual,
                    committed.displayName() + " (regenerated)", expected).text();
            breaches.add(Breach.error(RULE, committed.displayName() + " drifted from " + manifest.displayName()
                            + " (diff below: - committed, + regenerated" + (configured == null ? ""
                            : " at " + configured.truncatedTo(ChronoUnit.SECONDS) + ", the configured generation time")
                            + ")")
                    .file(committed.displayName())
                    .hint("run mvn cutover:generate-handoff and commit the result")
                    .details(diff)
                    .build());
        }
        return breaches;
    }

    /** What the check compared, for the evidence. */
    public static String describe(JsonDocument manifest, Instant configured, Optional<LastChange> source) {
        return "equals the candidate regenerated from the manifest at " + (configured == null
                ? "the committed generated_at_utc (no generation time configured)"
                : configured.truncatedTo(ChronoUnit.SECONDS) + " (the configured generation time)")
                + source.map(change -> "; generated on or after " + change.describe(manifest.displayName()))
                .orElse("; no git history of " + manifest.displayName()
                        + ": the generation time is not judged against the manifest's last commit");
    }

    /** Why a handoff older than its source is refused. */
    static final String NOT_OLDER = "a handoff cannot be older than what it was generated from";

    /**
     * The bytes the generator makes at {@code stamp}, with the error codes in the committed payload's order when they
     * are the manifest's codes (or in the manifest's order when there is no committed payload).
     */
    static byte[] regenerate(JsonDocument committed, JsonDocument manifest, HandoffSettings settings, Instant stamp) {
        ObjectNode fresh = HandoffGenerator.generate(manifest, settings, stamp);
        if (committed != null && fresh.at(CODES) instanceof ArrayNode codes && fresh.get("error_code_expectations")
                instanceof ObjectNode expectations) {
            committed.at(CODES).filter(c -> sameCodes(c, codes)).ifPresent(c -> expectations.set("codes", c.deepCopy()));
        }
        return HandoffGenerator.render(fresh);
    }

    /** The committed payload's own generation time, if it states a valid one. */
    static Optional<Instant> committedStamp(JsonDocument committed) {
        return committed.text("generated_at_utc").flatMap(HandoffIsFresh::instant);
    }

    /** Whether two code lists hold the same strings, each as often, in whatever order. */
    private static boolean sameCodes(JsonNode committed, ArrayNode generated) {
        if (!committed.isArray() || committed.size() != generated.size()) {
            return false;
        }
        List<String> a = new ArrayList<>();
        for (JsonNode code : committed) {
            if (!code.isString()) {
                return false;
            }
            a.add(code.asString());
        }
        List<String> b = new ArrayList<>();
        generated.forEach(code -> b.add(code.asString()));
        Collections.sort(a);
        Collections.sort(b);
        return a.equals(b);
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
