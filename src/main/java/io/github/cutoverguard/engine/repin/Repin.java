package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.git.ProducerRepository;
import io.github.cutoverguard.engine.git.TagResolvesToPinnedSha;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.InsideProject;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.io.UnifiedDiff;
import io.github.cutoverguard.engine.io.WriteJournal;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.matrix.MatrixUpdate;
import io.github.cutoverguard.engine.pin.MirrorMatchesProducerManifest;
import io.github.cutoverguard.engine.guard.ApprovedPinMove;
import io.github.cutoverguard.engine.pin.PinFields;
import io.github.cutoverguard.engine.pin.PinFormats;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        String producerName = files.display(request.producerRepository());

        Optional<Release> release;
        try (ProducerRepository producer = ProducerRepository.open(files.resolve(request.producerRepository()).toFile(),
                producerName)) {
            release = release(request, producer, run);
        } catch (ProducerRepository.Unusable e) {
            run.ran(CheckIds.GIT_TAG_SHA, "the release in " + producerName, List.of(TagResolvesToPinnedSha.unusable(e,
                    baseline.commitSha(), pinDisplay, Location.UNKNOWN)));
            release = Optional.empty();
        }
        if (release.isEmpty() || !run.noneFailed()) {
            run.skipped(REPIN_WRITE, "the release does not hold: nothing written");
            return new Repinned(run.result(), List.of(), false);
        }
        Optional<JsonDocument> pin = currentPin(request, inputs, run);
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
        change(files, request.pinFile(), pin.map(p -> p.source().bytes()).orElse(null), newPin, changes);
        if (request.producerManifestFile() != null) {
            change(files, request.producerManifestFile(), existing(files, request.producerManifestFile(), context.limits()
                    .maxBytes()), manifest, changes);
        }
        if (request.compatibilityMatrixFile() != null) {
            byte[] matrix = existing(files, request.compatibilityMatrixFile(), context.limits().maxBytes());
            String product = product(pin, request);
            change(files, request.compatibilityMatrixFile(), matrix, matrix == null
                    ? MatrixUpdate.create(baseline, request.today(), product)
                    : MatrixUpdate.update(matrix, baseline, previous, request.today(), product), changes);
        }
        boolean write = !request.dryRun() && !changes.isEmpty();
        if (write) {
            AtomicFiles.writeAll(WriteJournal.of(files.basedir()), GOAL,
                    changes.stream().map(c -> new AtomicFiles.Change(c.path(), c.before(), c.after())).toList());
        }
        changes.forEach(c -> run.read(new io.github.cutoverguard.engine.InputFile(c.display(), InputReader.sha256Hex(c.after()))));
        run.ran(REPIN_WRITE, changes.isEmpty() ? "pin, mirror and matrix already agree with <baseline>"
                : (request.dryRun() ? "dry run, nothing written: would change " : "changed ")
                + String.join(", ", changes.stream().map(FileChange::display).toList()), List.of());
        return new Repinned(run.result(), changes, write);
    }

    /** The release: tag and commit in the producer's history, and its manifest naming it. */
    private record Release(String tagCommit, String manifestPath, byte[] manifest, Optional<String> originUrl) {
    }

    private static Optional<Release> release(RepinRequest request, ProducerRepository producer, GoalRun run)
            throws ProducerRepository.Unusable {
        Baseline baseline = request.context().baseline();
        String pinDisplay = request.context().files().display(request.pinFile());
        run.ran(CheckIds.GIT_TAG_SHA, "tag " + baseline.releaseTag() + " holds commit " + baseline.commitSha() + " in "
                + producer.name(), new TagResolvesToPinnedSha(producer).check(new TagResolvesToPinnedSha.Pinned(
                baseline.releaseTag(), baseline.commitSha(), null, pinDisplay, Location.UNKNOWN)));
        Optional<String> commit = producer.tagCommit(baseline.releaseTag());
        if (!run.noneFailed() || commit.isEmpty()) {
            run.skipped(List.of(CheckIds.MANIFEST_SOURCE, CheckIds.MANIFEST_ALIGNMENT), "the release does not hold");
            return Optional.empty();
        }
        MirrorMatchesProducerManifest.Lookup found = MirrorMatchesProducerManifest.find(producer, baseline.releaseTag(),
                commit.get(), request.producerManifestPath());
        if (found instanceof MirrorMatchesProducerManifest.NotAtTag missing) {
            run.ran(CheckIds.MANIFEST_SOURCE, "the producer's manifest at " + baseline.releaseTag(), List.of(missing.breach()));
            run.skipped(CheckIds.MANIFEST_ALIGNMENT, "no manifest at the tag");
            return Optional.empty();
        }
        MirrorMatchesProducerManifest.AtTag atTag = (MirrorMatchesProducerManifest.AtTag) found;
        String display = producer.name() + ":" + atTag.path() + "@" + baseline.releaseTag();
        run.ran(CheckIds.MANIFEST_SOURCE, "read " + display, List.of());
        InputLoader.Loaded<JsonDocument> parsed = run.inputs()
                .parse(new RawInput(display, request.context().files().resolve(request.producerRepository()),
                        atTag.bytes(), InputReader.sha256Hex(atTag.bytes())));
        List<Breach> alignment = new ArrayList<>(parsed.breaches());
        parsed.value().ifPresent(m -> alignment.addAll(manifestNames(m, baseline)));
        run.ran(CheckIds.MANIFEST_ALIGNMENT, "the manifest at the tag names <baseline>'s release and contract versions",
                alignment);
        return Optional.of(new Release(commit.get(), atTag.path(), atTag.bytes(), producer.originUrl()));
    }

    /** MANIFEST-ALIGNMENT breaches for each manifest field that differs from the baseline's. */
    private static List<Breach> manifestNames(JsonDocument manifest, Baseline baseline) {
        Map<String, String> release = PinFields.release(baseline);
        List<Breach> breaches = new ArrayList<>();
        PinFields.MANIFEST_TO_PIN.forEach((field, pinField) -> {
            String want = release.get(pinField);
            String actual = manifest.text(field).orElse(null);
            boolean same = field.equals(PinFields.COMMIT_SHA) ? want.equalsIgnoreCase(String.valueOf(actual))
                    : want.equals(actual);
            if (!same) {
                breaches.add(manifest.breachAt(Rule.MANIFEST_ALIGNMENT, JsonDocument.pointerOf(field), "the manifest at "
                                + baseline.releaseTag() + " names " + field + " " + (actual == null ? "nothing" : "\"" + actual + "\"")
                                + ", <baseline> is \"" + want + "\"")
                        .expected(want).actual(actual)
                        .hint("correct <baseline> to the release the producer's manifest describes").build());
            }
        });
        return breaches;
    }

    /**
     * The existing pin, parsed and schema-valid; empty when there is none yet. A pin, mirror or matrix that is a symbolic
     * link or lies outside the project is refused before anything is written: writing would replace the link with a
     * file and leave its target at the old release.
     */
    private static Optional<JsonDocument> currentPin(RepinRequest request, InputLoader inputs, GoalRun run) {
        List<Breach> refused = outsideOrLinked(request);
        if (!refused.isEmpty()) {
            run.ran(CheckIds.PIN_READ, "the pin, mirror and matrix are regular files inside the project", refused);
            return Optional.empty();
        }
        Path resolved = request.context().files().resolve(request.pinFile());
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            run.skipped(CheckIds.PIN_READ, "no pin yet: repin creates the first one");
            return Optional.empty();
        }
        InputLoader.Loaded<JsonDocument> loaded = inputs.json(request.pinFile());
        List<Breach> breaches = new ArrayList<>(loaded.breaches());
        loaded.value().ifPresent(p -> breaches.addAll(MatchesSchema.bundled("integration-pin.v1").check(p)));
        run.ran(CheckIds.PIN_READ, "read the current pin (integration-pin.v1)", breaches);
        loaded.value().ifPresent(p -> run.read(p.source().asInputFile()));
        return loaded.value();
    }

    /** FILE-MISSING for each file repin would write that is a link, lies under one or lies outside the project. */
    private static List<Breach> outsideOrLinked(RepinRequest request) {
        ProjectFiles files = request.context().files();
        InsideProject inside = InsideProject.of(files);
        List<Breach> refused = new ArrayList<>();
        for (Path file : Arrays.asList(request.pinFile(), request.producerManifestFile(),
                request.compatibilityMatrixFile())) {
            if (file != null) {
                String display = files.display(file);
                inside.refusal(file).ifPresent(r -> refused.add(UnreadableInput.breach(r.problem(display), display,
                        UnreadableInput.CONFIGURED)));
            }
        }
        return refused;
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

    private static String repositoryUrl(RepinRequest request, Release release) throws RepinRefused {
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

    /** How the matrix names the producer: from the pin's {@code <name>_repo} member, else producerName. */
    private static String product(Optional<JsonDocument> pin, RepinRequest request) {
        String name = pin.map(PinFormats::repositoryMembers).filter(members -> !members.isEmpty())
                .map(members -> members.get(0).substring(0, members.get(0).length() - "_repo".length()))
                .orElse(request.newPin().producerName() == null ? "Producer" : request.newPin().producerName());
        return name.isEmpty() ? "Producer" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static byte[] existing(ProjectFiles files, Path file, long maxBytes) throws IOException {
        Path resolved = files.resolve(file);
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return new InputReader(maxBytes).read(resolved, files.display(file)).bytes();
        } catch (io.github.cutoverguard.engine.input.InputProblem e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void change(ProjectFiles files, Path file, byte[] before, byte[] after, List<FileChange> changes) {
        if (before != null && Arrays.equals(before, after)) {
            return;
        }
        String display = files.display(file);
        String diff = UnifiedDiff.of(before == null ? "/dev/null" : display, before == null ? new byte[0] : before,
                display, after).text();
        changes.add(new FileChange(display, files.resolve(file), before, after, diff));
    }
}
