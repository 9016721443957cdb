package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.matrix.MatrixUpdate;
import io.github.cutoverguard.engine.guard.ApprovedPinMove;
import io.github.cutoverguard.engine.pin.PinFields;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code repin} goal (DESIGN §4): makes the pin, the manifest mirror and the compatibility matrix agree with
 * {@code <baseline>}, reading the release from the producer's clone. The release must hold in the producer's history
 * ({@code GIT-TAG-SHA}), the manifest at the tag must name it ({@code MANIFEST-ALIGNMENT}); then the mirror is the
 * manifest at the tag byte-for-byte, the pin's owned members are updated (or a first pin created) and the matrix
 * carries the release. All files change together or none does, even when the process is killed (the next goal ends
 * the write: {@link AtomicFiles#recover}). Moving an existing pin is refused in rehearsal mode,
 * and in cutover mode without an approval record that holds for exactly this move.
 */
public final class Repin {

    /** The goal name used in reports. */
    public static final String GOAL = "repin";
    private static final String REPIN_WRITE = "repin.write";
    private static final String PIN_MOVE = "pin.move";

    private Repin() {
    }

    /** A file {@code repin} changes: its display name, content before ({@code null}: new) and after, and the diff. */
    public record FileChange(String display, Path path, byte[] before, byte[] after, String diff) {
    }

    /** The goal result, the changes (written unless a dry run, and only when no check failed) and whether written. */
    public record Repinned(GoalResult result, List<FileChange> changes, boolean written) {
    }

    /**
     * @throws RepinRefused when the move is not allowed or a new pin lacks its members (nothing is written)
     * @throws IOException  when a file cannot be written (the files already written are restored)
     */
    public static Repinned run(RepinRequest request) throws RepinRefused, IOException {
        RunContext context = request.context();
        ProjectFiles files = context.files();
        Baseline baseline = context.baseline();
        GoalRun run = new GoalRun(GOAL, context);
        InputLoader inputs = run.inputs();
        String pinDisplay = files.display(request.pinFile());

        Optional<ReleaseFiles.Release> release = ReleaseFiles.read(context, request.producerRepository(),
                request.producerManifestPath(), baseline, pinDisplay,
                "correct <baseline> to the release the producer's manifest describes", run);
        if (release.isEmpty() || !run.noneFailed()) {
            run.skipped(REPIN_WRITE, "the release does not hold: nothing written");
            return new Repinned(run.result(), List.of(), false);
        }
        Optional<JsonDocument> pin = currentPin(request, run);
        if (!run.noneFailed()) {
            run.skipped(REPIN_WRITE, "the pin cannot be read: nothing written");
            return new Repinned(run.result(), List.of(), false);
        }
        Baseline previous = pin.map(PinFields::pinned).orElse(null);
        approveMove(request, inputs, previous, run);

        byte[] manifest = release.get().manifest();
        String manifestSha256 = InputReader.sha256Hex(manifest);
        Map<String, String> owned = PinText.owned(baseline, release.get().tagCommit(), manifestSha256);
        List<FileChange> changes = new ArrayList<>();
        byte[] newPin = pin.isPresent() ? pinUpdate(pin.get(), owned) : PinText.create(newPinName(request),
                repositoryUrl(request, release.get()), owned, required(request.newPin().defaultBaseUrl(), "defaultBaseUrl"),
                timeout(request.newPin().defaultTimeoutMs()));
        ReleaseFiles.change(files, request.pinFile(), pin.map(p -> p.source().bytes()).orElse(null), newPin, changes);
        if (request.producerManifestFile() != null) {
            ReleaseFiles.change(files, request.producerManifestFile(), ReleaseFiles.existing(files,
                    request.producerManifestFile(), context.limits().maxBytes()), manifest, changes);
        }
        if (request.compatibilityMatrixFile() != null) {
            byte[] matrix = ReleaseFiles.existing(files, request.compatibilityMatrixFile(), context.limits().maxBytes());
            String product = ReleaseFiles.product(pin, request.newPin().producerName());
            ReleaseFiles.change(files, request.compatibilityMatrixFile(), matrix, matrix == null
                    ? MatrixUpdate.create(baseline, request.today(), product)
                    : MatrixUpdate.update(matrix, baseline, previous, request.today(), product), changes);
        }
        boolean write = ReleaseFiles.write(files, GOAL, changes, request.dryRun(), run);
        run.ran(REPIN_WRITE, changes.isEmpty() ? "pin, mirror and matrix already agree with <baseline>"
                : (request.dryRun() ? "dry run, nothing written: would change " : "changed ")
                + String.join(", ", changes.stream().map(FileChange::display).toList()), List.of());
        return new Repinned(run.result(), changes, write);
    }

    /**
     * The existing pin, parsed and schema-valid; empty when there is none yet. A pin, mirror or matrix that is a symbolic
     * link or lies outside the project is refused before anything is written: writing would replace the link with a
     * file and leave its target at the old release.
     */
    private static Optional<JsonDocument> currentPin(RepinRequest request, GoalRun run) {
        List<Breach> refused = ReleaseFiles.outsideOrLinked(request.context().files(), request.pinFile(),
                request.producerManifestFile(), request.compatibilityMatrixFile());
        if (!refused.isEmpty()) {
            run.ran(CheckIds.PIN_READ, "the pin, mirror and matrix are regular files inside the project", refused);
            return Optional.empty();
        }
        return ReleaseFiles.currentPin(request.context().files(), request.pinFile(), run,
                "no pin yet: repin creates the first one");
    }

    /** A pin that names another release moves only in cutover mode, as the approval record approves. */
    private static void approveMove(RepinRequest request, InputLoader inputs, Baseline previous, GoalRun run)
            throws RepinRefused {
        Baseline baseline = request.context().baseline();
        if (previous == null) {
            run.skipped(PIN_MOVE, "no pin yet");
            return;
        }
        if (sameRelease(previous, baseline)) {
            run.skipped(PIN_MOVE, "the pin already names " + baseline.releaseTag());
            return;
        }
        String move = " move the pin from " + previous.releaseTag() + " (" + previous.commitSha() + ") to "
                + baseline.releaseTag() + " (" + baseline.commitSha() + ")";
        if (request.context().mode() == Mode.REHEARSAL) {
            throw new RepinRefused("repin will not" + move + " in rehearsal mode: the runtime stays pinned during a "
                    + "rehearsal. After the cutover is approved, set <mode>cutover</mode> in the POM (a command-line "
                    + "property cannot override the POM's <mode>) and <cutoverApprovalFile> to the cutover-approval.v1 "
                    + "record, then run repin again; nothing was written");
        }
        if (request.cutoverApprovalFile() == null) {
            throw new RepinRefused("repin will not" + move + " without an approval: set <cutoverApprovalFile> to the "
                    + "cutover-approval.v1 record whose baseline is <baseline> and whose previous_baseline is the current "
                    + "pin; nothing was written");
        }
        InputLoader.Loaded<JsonDocument> read = CutoverApprovalHolds.read(inputs, request.cutoverApprovalFile());
        List<Breach> breaches = read.value().map(new CutoverApprovalHolds(baseline, request.context().clock().instant(),
                null)::check).orElse(read.breaches());
        if (!breaches.isEmpty()) {
            Breach first = breaches.get(0);
            throw new RepinRefused("repin will not" + move + ": the approval record does not hold ("
                    + (first.file() == null ? "" : first.file() + ": ") + first.message() + "); nothing was written");
        }
        JsonDocument record = read.value().get();
        ApprovedPinMove approved = ApprovedPinMove.of(record, baseline.releaseTag(), baseline.commitSha());
        if (approved == null || !approved.startsFrom(previous)) {
            throw new RepinRefused("repin will not" + move + ": the approval record's previous_baseline is "
                    + (approved == null ? "missing" : approved.fromTag() + " (" + approved.fromSha() + ")")
                    + ", not the current pin; nothing was written");
        }
        run.read(record.source().asInputFile());
        run.ran(PIN_MOVE, previous.releaseTag() + " -> " + baseline.releaseTag() + " as approved by "
                + record.displayName(), List.of());
    }

    private static boolean sameRelease(Baseline a, Baseline b) {
        return a.releaseTag() != null && a.releaseTag().equals(b.releaseTag()) && a.commitSha() != null
                && a.commitSha().equalsIgnoreCase(b.commitSha());
    }

    private static byte[] pinUpdate(JsonDocument pin, Map<String, String> owned) throws RepinRefused {
        try {
            return PinText.update(pin.source().bytes(), owned);
        } catch (IllegalArgumentException e) {
            throw new RepinRefused(pin.displayName() + ": " + e.getMessage() + "; nothing was written");
        }
    }

    private static String newPinName(RepinRequest request) throws RepinRefused {
        String name = required(request.newPin().producerName(), "producerName");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new RepinRefused("producerName '" + name + "' must be letters, digits, '-' or '_' (it becomes the pin's "
                    + "<producerName>_repo member); nothing was written");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String repositoryUrl(RepinRequest request, ReleaseFiles.Release release) throws RepinRefused {
        String configured = request.newPin().producerRepositoryUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return release.originUrl().orElseThrow(() -> new RepinRefused("a new pin needs <producerRepositoryUrl>: the "
                + "producer clone has no origin remote; nothing was written"));
    }

    private static String required(String value, String parameter) throws RepinRefused {
        if (value == null || value.isBlank()) {
            throw firstPinNeeds(parameter);
        }
        return value.trim();
    }

    private static int timeout(Integer value) throws RepinRefused {
        if (value == null) {
            throw firstPinNeeds("defaultTimeoutMs");
        }
        if (value < 100) {
            throw new RepinRefused("defaultTimeoutMs must be at least 100, was " + value + "; nothing was written");
        }
        return value;
    }

    private static RepinRefused firstPinNeeds(String parameter) {
        return new RepinRefused("there is no pin yet: creating the first one needs <" + parameter + "> "
                + "(and <producerName>, <defaultBaseUrl>, <defaultTimeoutMs>); nothing was written");
    }
}
