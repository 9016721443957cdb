package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.VisibleText;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.cutover.RollbackRecord;
import io.github.cutoverguard.engine.git.GitUser;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.matrix.MatrixUpdate;
import io.github.cutoverguard.engine.pin.PinFields;
import io.github.cutoverguard.engine.schema.MatchesSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code rollback} goal (DESIGN §4), {@code repin}'s inverse: moves the pin, the manifest mirror and the
 * compatibility matrix back from the approval record's {@code baseline} to its {@code previous_baseline}, reading that
 * release from the producer's clone (its tag must hold its commit, {@code GIT-TAG-SHA}; its manifest at the tag must name
 * it, {@code MANIFEST-ALIGNMENT}; the contract versions are the manifest's), and writes the rollback record
 * ({@code cutover-rollback.v1}: the approval's SHA-256, from, to, when, who and why) beside the approval. All files change
 * together or none does, even when the process is killed. The pin must be the approval's {@code baseline} (the cutover
 * happened), else nothing is written.
 */
public final class Rollback {

    /** The goal name used in reports. */
    public static final String GOAL = "rollback";
    private static final String ROLLBACK_WRITE = "rollback.write";

    private Rollback() {
    }

    /**
     * The goal result, the changes (written unless a dry run, and only when no check failed), whether written, and the
     * release returned to (its five fields, for the {@code <baseline>} the consumer sets next), {@code null} when the
     * release does not hold.
     */
    public record RolledBack(GoalResult result, List<Repin.FileChange> changes, boolean written, Baseline returnedTo) {
    }

    /**
     * The files a rollback to {@code returnTo} would write, computed in memory: the release as read from the producer,
     * and each change.
     */
    record Plan(ReleaseFiles.Release release, List<Repin.FileChange> changes) {
    }

    /**
     * @throws RollbackRefused when there is no reason, the approval does not hold its schema or names no
     *                         {@code previous_baseline}, or the pin is not its {@code baseline} (nothing is written)
     * @throws IOException     when a file cannot be read or written (the files already written are restored)
     */
    public static RolledBack run(RollbackRequest request) throws RollbackRefused, IOException {
        RunContext context = request.context();
        ProjectFiles files = context.files();
        RollbackRequest.ReleaseFilesRequest paths = request.files();
        GoalRun run = new GoalRun(GOAL, context);
        String reason = required(request.reason(), "a reason: -Dcutover.reason=\"why the cutover is rolled back\"");
        String who = who(request);

        List<Breach> refused = ReleaseFiles.outsideOrLinked(files, paths.pinFile(), paths.producerManifestFile(),
                paths.compatibilityMatrixFile(), request.rollbackRecordFile());
        if (!refused.isEmpty()) {
            run.ran(CheckIds.PIN_READ, "the pin, mirror, matrix and rollback record are regular files inside the project",
                    refused);
            return nothingWritten(run, "the files cannot be written");
        }
        JsonDocument approval = approval(request, run.inputs());
        run.read(approval.source().asInputFile());
        Baseline from = release(approval, "baseline");
        Baseline to = release(approval, "previous_baseline");
        Optional<JsonDocument> pin = ReleaseFiles.currentPin(files, paths.pinFile(), run, "no pin");
        if (!run.noneFailed()) {
            return nothingWritten(run, "the pin cannot be read");
        }
        String pinDisplay = files.display(paths.pinFile());
        if (pin.isEmpty()) {
            throw new RollbackRefused("rollback will not write a pin: " + pinDisplay + " does not exist, so there is no "
                    + "cutover to " + from.releaseTag() + " to roll back; nothing was written");
        }
        Baseline pinned = PinFields.pinned(pin.get());
        if (!sameRelease(pinned, from)) {
            throw new RollbackRefused("rollback will not move the pin: " + pinDisplay + " names " + pinned.releaseTag()
                    + " (" + pinned.commitSha() + "), but " + approval.displayName() + " approves the cutover to "
                    + from.releaseTag() + " (" + from.commitSha() + "): the cutover has not happened, there is nothing to "
                    + "roll back; nothing was written");
        }
        Optional<Plan> plan = plan(context, paths, pin.get(), to, request.today(), run);
        if (plan.isEmpty() || !run.noneFailed()) {
            return nothingWritten(run, "the release to return to does not hold");
        }
        Baseline returnedTo = plan.get().release().baseline();
        List<Repin.FileChange> changes = new ArrayList<>(plan.get().changes());
        ReleaseFiles.change(files, request.rollbackRecordFile(), ReleaseFiles.existing(files, request.rollbackRecordFile(),
                context.limits().maxBytes()), record(approval, pinned, returnedTo, context.clock().instant(), who, reason),
                changes);
        boolean written = ReleaseFiles.write(files, GOAL, changes, request.dryRun(), run);
        run.ran(ROLLBACK_WRITE, (request.dryRun() ? "dry run, nothing written: would change " : "changed ")
                + String.join(", ", changes.stream().map(Repin.FileChange::display).toList()), List.of());
        return new RolledBack(run.result(), changes, written, returnedTo);
    }

    /**
     * The pin, mirror and matrix moved back from {@code pin}'s release to {@code returnTo} (its tag and commit; the
     * contract versions are read from its manifest), computed in memory; empty when the release does not hold (the
     * checks in {@code run} say why).
     *
     * @throws RollbackRefused when the pin lacks a member the move rewrites
     * @throws IOException     when the mirror or matrix cannot be read
     */
    static Optional<Plan> plan(RunContext context, RollbackRequest.ReleaseFilesRequest paths, JsonDocument pin,
                               Baseline returnTo, LocalDate today, GoalRun run) throws RollbackRefused, IOException {
        ProjectFiles files = context.files();
        Optional<ReleaseFiles.Release> read = ReleaseFiles.read(context, paths.producerRepository(),
                paths.producerManifestPath(), new Baseline(returnTo.releaseTag(), returnTo.commitSha(), null, null, null),
                files.display(paths.pinFile()), "the release to return to must be the one its tag's manifest describes",
                run);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ReleaseFiles.Release release = read.get();
        Baseline back = release.baseline();
        Map<String, String> owned = PinText.owned(back, release.tagCommit(), InputReader.sha256Hex(release.manifest()));
        List<Repin.FileChange> changes = new ArrayList<>();
        byte[] newPin;
        try {
            newPin = PinText.update(pin.source().bytes(), owned);
        } catch (IllegalArgumentException e) {
            throw new RollbackRefused(pin.displayName() + ": " + e.getMessage() + "; nothing was written");
        }
        ReleaseFiles.change(files, paths.pinFile(), pin.source().bytes(), newPin, changes);
        if (paths.producerManifestFile() != null) {
            ReleaseFiles.change(files, paths.producerManifestFile(), ReleaseFiles.existing(files,
                    paths.producerManifestFile(), context.limits().maxBytes()), release.manifest(), changes);
        }
        if (paths.compatibilityMatrixFile() != null) {
            byte[] matrix = ReleaseFiles.existing(files, paths.compatibilityMatrixFile(), context.limits().maxBytes());
            String product = ReleaseFiles.product(Optional.of(pin), null);
            Baseline rolledBack = PinFields.pinned(pin);
            ReleaseFiles.change(files, paths.compatibilityMatrixFile(), matrix, matrix == null
                    ? MatrixUpdate.create(back, today, product)
                    : MatrixUpdate.rollback(matrix, back, sameRelease(rolledBack, back) ? null : rolledBack, today,
                    product), changes);
        }
        return Optional.of(new Plan(release, changes));
    }

    private static RolledBack nothingWritten(GoalRun run, String why) {
        run.skipped(ROLLBACK_WRITE, why + ": nothing written");
        return new RolledBack(run.result(), List.of(), false, null);
    }

    /** The approval record, holding its schema and naming a {@code previous_baseline} to return to. */
    private static JsonDocument approval(RollbackRequest request, InputLoader inputs) throws RollbackRefused {
        InputLoader.Loaded<JsonDocument> read = inputs.json(request.cutoverApprovalFile());
        List<Breach> breaches = new ArrayList<>(read.breaches());
        read.value().ifPresent(doc -> breaches.addAll(MatchesSchema.bundled(CutoverApprovalHolds.SCHEMA).check(doc)));
        if (!breaches.isEmpty()) {
            Breach first = breaches.get(0);
            throw new RollbackRefused("rollback reads the release to return to from the approval record, and "
                    + (first.file() == null ? "it" : first.file()) + " does not hold (" + first.message()
                    + (first.jsonPointer() == null ? "" : " at " + first.jsonPointer())
                    + "); set <cutoverApprovalFile> to the cutover-approval.v1 record of the cutover to roll back; "
                    + "nothing was written");
        }
        JsonDocument approval = read.value().get();
        if (approval.root().at("/previous_baseline/release_tag").asString(null) == null
                || approval.root().at("/previous_baseline/commit_sha").asString(null) == null) {
            throw new RollbackRefused("rollback returns to the approval's previous_baseline, and "
                    + approval.displayName() + " names none (previous_baseline.release_tag and commit_sha); nothing was "
                    + "written");
        }
        return approval;
    }

    /** The release (tag and commit) member {@code member} of the approval names. */
    private static Baseline release(JsonDocument approval, String member) {
        return new Baseline(approval.root().at("/" + member + "/release_tag").asString(null),
                approval.root().at("/" + member + "/commit_sha").asString(null), null, null, null);
    }

    static boolean sameRelease(Baseline a, Baseline b) {
        return a.releaseTag() != null && a.releaseTag().equals(b.releaseTag()) && a.commitSha() != null
                && a.commitSha().equalsIgnoreCase(b.commitSha());
    }

    /** Who rolls back: as configured, else git's {@code user.name} in the consumer's work tree, else the account. */
    private static String who(RollbackRequest request) throws RollbackRefused {
        if (request.rolledBackBy() != null && VisibleText.hasVisible(request.rolledBackBy())) {
            return request.rolledBackBy().strip();
        }
        Optional<String> git = GitUser.name(request.context().files().basedir()).filter(VisibleText::hasVisible);
        if (git.isPresent()) {
            return git.get();
        }
        return required(request.systemUser(), "who rolls back: <rolledBackBy> (-Dcutover.rolledBackBy), as no git "
                + "user.name is set");
    }

    private static String required(String value, String what) throws RollbackRefused {
        if (value == null || !VisibleText.hasVisible(value)) {
            throw new RollbackRefused("rollback needs " + what + "; nothing was written");
        }
        return value.strip();
    }

    /** The rollback record ({@code cutover-rollback.v1}), in the layout of the approval examples. */
    private static byte[] record(JsonDocument approval, Baseline from, Baseline to, Instant at, String who, String reason) {
        String text = "{\n"
                + "  \"schema_version\": " + PinText.quote(RollbackRecord.SCHEMA) + ",\n"
                + "  \"approval_sha256\": " + PinText.quote(approval.source().sha256()) + ",\n"
                + "  \"from\": " + release(from) + ",\n"
                + "  \"to\": " + release(to) + ",\n"
                + "  \"rolled_back_at_utc\": " + PinText.quote(at.truncatedTo(ChronoUnit.SECONDS).toString()) + ",\n"
                + "  \"rolled_back_by\": " + PinText.quote(who) + ",\n"
                + "  \"reason\": " + PinText.quote(reason) + "\n"
                + "}\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String release(Baseline release) {
        return "{ \"release_tag\": " + PinText.quote(release.releaseTag()) + ", \"commit_sha\": "
                + PinText.quote(release.commitSha().toLowerCase(java.util.Locale.ROOT)) + " }";
    }
}
