package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.pin.PinFields;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one pin change a cutover may make: from the approval record's {@code previous_baseline} release to its
 * {@code baseline} release, as {@code repin} writes it. Only the members {@code repin} owns
 * ({@link PinFields#OWNED}) may differ; every other member must be as it was.
 *
 * @param approval the approval record that holds, as read
 * @param fromTag  the release tag of {@code previous_baseline}
 * @param fromSha  the commit SHA of {@code previous_baseline}
 * @param toTag    the release tag of {@code baseline}
 * @param toSha    the commit SHA of {@code baseline}
 * @param how      how the evidence says the record allows the move, e.g. {@code as approved by}
 */
public record ApprovedPinMove(InputFile approval, String fromTag, String fromSha, String toTag, String toSha, String how) {

    /** A cutover's move, approved by {@code approval}. */
    public ApprovedPinMove(InputFile approval, String fromTag, String fromSha, String toTag, String toSha) {
        this(approval, fromTag, fromSha, toTag, toSha, "as approved by");
    }

    /**
     * The reverse move a rollback record records: from the approval's {@code baseline} back to its
     * {@code previous_baseline}, as {@code rollback} writes it.
     */
    public static ApprovedPinMove rolledBack(io.github.cutoverguard.engine.cutover.RollbackRecord record) {
        return new ApprovedPinMove(record.source(), record.from().releaseTag(), record.from().commitSha(),
                record.to().releaseTag(), record.to().commitSha(), "rolled back as recorded by");
    }

    /** The approved move of a record that holds, or {@code null} when it names no previous baseline. */
    public static ApprovedPinMove of(JsonDocument record, String toTag, String toSha) {
        String fromTag = record.root().at("/previous_baseline/release_tag").asString(null);
        String fromSha = record.root().at("/previous_baseline/commit_sha").asString(null);
        if (fromTag == null || fromSha == null || toTag == null || toSha == null) {
            return null;
        }
        return new ApprovedPinMove(record.source().asInputFile(), fromTag, fromSha, toTag, toSha);
    }

    /** Whether the pin changed from {@code base} to {@code current} exactly as approved ({@code null}: not JSON). */
    public boolean explains(JsonDocument base, JsonDocument current) {
        if (base == null || current == null || !base.root().isObject() || !current.root().isObject()
                || !release(base.root(), fromTag, fromSha) || !release(current.root(), toTag, toSha)) {
            return false;
        }
        return unowned(base.root()).equals(unowned(current.root()));
    }

    /** Whether the move starts from the release {@code pinned} names. */
    public boolean startsFrom(Baseline pinned) {
        return Objects.equals(fromTag, pinned.releaseTag()) && pinned.commitSha() != null
                && fromSha.equalsIgnoreCase(pinned.commitSha());
    }

    /** How the evidence names the move. */
    public String describe() {
        return "changed from " + fromTag + " (" + fromSha + ") to " + toTag + " (" + toSha + ") " + how + " "
                + approval.path();
    }

    private static boolean release(JsonNode pin, String tag, String sha) {
        return Objects.equals(tag, pin.path(PinFields.RELEASE_TAG).asString(null))
                && sha.equalsIgnoreCase(pin.path(PinFields.COMMIT_SHA).asString(""));
    }

    private static Map<String, JsonNode> unowned(JsonNode pin) {
        Map<String, JsonNode> members = new TreeMap<>();
        for (Map.Entry<String, JsonNode> member : pin.properties()) {
            if (!PinFields.OWNED.contains(member.getKey())) {
                members.put(member.getKey(), member.getValue());
            }
        }
        return members;
    }
}
