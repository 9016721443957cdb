package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record {@code rollback} writes beside the approval it undoes (schema {@code cutover-rollback.v1}): the approval by
 * its SHA-256, the release rolled back from (the approval's {@code baseline}) and the release returned to (its
 * {@code previous_baseline}), when, by whom and why. {@code guard} accepts the pin's move back only with a record that
 * {@link #undoes} the approval; the verdict reads {@link #to()}, {@link #rolledBackAt()} and {@link #reason()}.
 *
 * @param document       the record as read
 * @param approvalSha256 the SHA-256 of the approval record it undoes
 * @param from           the release rolled back from
 * @param to             the release returned to
 * @param rolledBackAt   when (UTC)
 * @param rolledBackBy   who
 * @param reason         why
 */
public record RollbackRecord(JsonDocument document, String approvalSha256, Release from, Release to, Instant rolledBackAt,
                             String rolledBackBy, String reason) {

    /** The bundled schema of the record. */
    public static final String SCHEMA = "cutover-rollback.v1";
    /** The record's default file name, beside the approval record. */
    public static final String DEFAULT_FILE_NAME = "cutover-rollback.json";

    /** A release as the record names it. */
    public record Release(String releaseTag, String commitSha) {

        /** Whether {@code tag} and {@code sha} name this release (the SHA in any case). */
        public boolean is(String tag, String sha) {
            return releaseTag.equals(tag) && sha != null && commitSha.equalsIgnoreCase(sha);
        }

        @Override
        public String toString() {
            return releaseTag + " (" + commitSha + ")";
        }
    }

    /** The record's file and digest, as the evidence lists it. */
    public InputFile source() {
        return document.source().asInputFile();
    }

    /** The default record file: {@value #DEFAULT_FILE_NAME} beside {@code approvalFile}. */
    public static Path defaultFile(Path approvalFile) {
        Path dir = approvalFile.getParent();
        return dir == null ? Path.of(DEFAULT_FILE_NAME) : dir.resolve(DEFAULT_FILE_NAME);
    }

    /**
     * Reads the record at {@code file}: the record, or the breaches that say why there is none (a missing file
     * {@code FILE-MISSING}, no strict JSON {@code JSON-PARSE}, a record that does not hold its schema
     * {@code JSON-SCHEMA}, each at its location).
     */
    public static InputLoader.Loaded<RollbackRecord> read(InputLoader inputs, Path file) {
        InputLoader.Loaded<JsonDocument> loaded = inputs.json(file);
        if (loaded.value().isEmpty()) {
            return new InputLoader.Loaded<>(Optional.empty(), loaded.breaches());
        }
        return of(loaded.value().get());
    }

    /** The record {@code doc} holds, or the {@code JSON-SCHEMA} breaches of a document that is no such record. */
    public static InputLoader.Loaded<RollbackRecord> of(JsonDocument doc) {
        List<Breach> breaches = new ArrayList<>(MatchesSchema.bundled(SCHEMA).check(doc));
        if (!breaches.isEmpty()) {
            return new InputLoader.Loaded<>(Optional.empty(), breaches);
        }
        JsonNode root = doc.root();
        Instant at;
        try {
            at = OffsetDateTime.parse(root.path("rolled_back_at_utc").asString()).toInstant();
        } catch (DateTimeParseException e) {
            return new InputLoader.Loaded<>(Optional.empty(), List.of(doc.breachAt(MatchesSchema.RULE,
                    "/rolled_back_at_utc", "rolled_back_at_utc is no UTC date-time: " + e.getMessage())
                    .expected("e.g. 2026-12-07T10:00:00Z").build()));
        }
        return new InputLoader.Loaded<>(Optional.of(new RollbackRecord(doc,
                root.path("approval_sha256").asString(), release(root.path("from")), release(root.path("to")), at,
                root.path("rolled_back_by").asString(), root.path("reason").asString())), List.of());
    }

    private static Release release(JsonNode node) {
        return new Release(node.path("release_tag").asString(), node.path("commit_sha").asString());
    }

    /**
     * Why this record does not undo {@code approval} (empty: it does): its {@code approval_sha256} is the approval's,
     * {@code from} is the approval's {@code baseline} and {@code to} its {@code previous_baseline}. Each breach, of
     * {@code rule}, points at the record's member that disagrees.
     */
    public List<Breach> undoes(JsonDocument approval, Rule rule) {
        List<Breach> breaches = new ArrayList<>();
        String file = document.displayName();
        String sha = approval.source().sha256();
        if (!sha.equalsIgnoreCase(approvalSha256)) {
            breaches.add(document.breachAt(rule, "/approval_sha256", file + " undoes the approval whose SHA-256 is "
                            + approvalSha256 + ", but " + approval.displayName() + " has SHA-256 " + sha
                            + ": the record is for another approval").expected(sha).actual(approvalSha256)
                    .hint("a rollback record undoes exactly one approval: run mvn cutover:rollback with that approval")
                    .build());
        }
        compare("/from", "baseline", from, approval, breaches, rule);
        compare("/to", "previous_baseline", to, approval, breaches, rule);
        return breaches;
    }

    private void compare(String pointer, String member, Release named, JsonDocument approval,
                                List<Breach> breaches, Rule rule) {
        String tag = approval.root().at("/" + member + "/release_tag").asString(null);
        String sha = approval.root().at("/" + member + "/commit_sha").asString(null);
        if (!named.is(tag, sha)) {
            breaches.add(document.breachAt(rule, pointer, document.displayName() + " names " + pointer.substring(1) + " "
                            + named + ", but " + approval.displayName() + "'s " + member + " is " + tag + " (" + sha + ")")
                    .expected(tag + " (" + sha + ")").actual(named.toString())
                    .hint("a rollback moves from the approval's baseline back to its previous_baseline, as "
                            + "mvn cutover:rollback records it").build());
        }
    }
}
