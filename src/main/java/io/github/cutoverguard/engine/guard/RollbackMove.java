package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.cutover.RollbackRecord;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one pin change a rehearsal after a rollback may make: from the approval record's {@code baseline} back to its
 * {@code previous_baseline}, as {@code rollback} writes it, allowed by a rollback record that holds its schema and undoes
 * exactly that approval ({@code approval_sha256}, {@code from}, {@code to}). The approval is the one the base ref holds
 * (a rollback undoes a cutover that was merged, not a record written beside it) and still holds as an approval (both
 * sign-offs, every gate passed).
 *
 * @param move the move the record allows, or {@code null}
 * @param note why no move is allowed although a record is there (added to the breach's hint), or {@code null}
 */
record RollbackMove(ApprovedPinMove move, String note) {

    static final RollbackMove NONE = new RollbackMove(null, null);

    /** The move the configured rollback record allows; {@link #NONE} when no record is there. */
    static RollbackMove find(GuardRequest request, InputLoader inputs) {
        GuardRequest.Pin pin = request.pin();
        RunContext context = request.context();
        if (pin.cutoverApprovalFile() == null || pin.rollbackRecordFile() == null
                || !Files.exists(context.files().resolve(pin.rollbackRecordFile()), LinkOption.NOFOLLOW_LINKS)) {
            return NONE;
        }
        InputLoader.Loaded<RollbackRecord> record = RollbackRecord.read(inputs, pin.rollbackRecordFile());
        if (record.value().isEmpty()) {
            return refused("the rollback record does not hold", record.breaches());
        }
        InputLoader.Loaded<JsonDocument> approval = inputs.json(pin.cutoverApprovalFile());
        if (approval.value().isEmpty()) {
            return refused("the approval record cannot be read", approval.breaches());
        }
        JsonDocument approved = approval.value().get();
        List<Breach> breaches = new ArrayList<>(new CutoverApprovalHolds(approvedBaseline(approved),
                context.clock().instant(), null).check(approved));
        if (!breaches.isEmpty()) {
            return refused("the approval record the rollback undoes does not hold", breaches);
        }
        String atBase = atBase(request, approved);
        if (atBase != null) {
            return new RollbackMove(null, atBase);
        }
        List<Breach> undoes = record.value().get().undoes(approved, Rule.GUARD_PIN_CHANGED);
        if (!undoes.isEmpty()) {
            return refused("the rollback record does not undo " + approved.displayName(), undoes);
        }
        return new RollbackMove(ApprovedPinMove.rolledBack(record.value().get()), "the change is not the recorded "
                + "rollback from " + record.value().get().from().releaseTag() + " to "
                + record.value().get().to().releaseTag() + " alone");
    }

    /** Why the approval is not the one the base ref holds, or {@code null} when it is, byte for byte. */
    private static String atBase(GuardRequest request, JsonDocument approval) {
        GuardRequest.Pin pin = request.pin();
        RunContext context = request.context();
        FileAtBaseRef.AtBase base = new FileAtBaseRef(context.files().basedir(), pin.pinBaseRef(),
                context.limits().maxBytes()).read(context.files().resolve(pin.cutoverApprovalFile()),
                approval.displayName());
        if (base instanceof FileAtBaseRef.Found found
                && InputReader.sha256Hex(found.bytes()).equals(approval.source().sha256())) {
            return null;
        }
        return approval.displayName() + " is not as at " + pin.pinBaseRef() + ": a rollback undoes the approval the "
                + "base branch holds";
    }

    /** The baseline the approval approves, as {@link CutoverApprovalHolds} compares it with itself. */
    private static Baseline approvedBaseline(JsonDocument approval) {
        return new Baseline(text(approval, "release_tag"), text(approval, "commit_sha"), text(approval, "service_contract"),
                text(approval, "api_contract"), text(approval, "integration_baseline"));
    }

    private static String text(JsonDocument approval, String field) {
        return approval.root().at("/baseline/" + field).asString(null);
    }

    private static RollbackMove refused(String why, List<Breach> breaches) {
        Breach first = breaches.get(0);
        return new RollbackMove(null, why + ": " + (first.file() == null ? "" : first.file()
                + (first.jsonPointer() == null ? "" : " " + first.jsonPointer()) + ": ") + first.message());
    }
}
