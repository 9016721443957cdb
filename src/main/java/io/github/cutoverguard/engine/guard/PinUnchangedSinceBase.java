package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.io.UnifiedDiff;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.io.LineEndings;
import io.github.cutoverguard.engine.cutover.Lifecycle;
import io.github.cutoverguard.engine.cutover.PinAtBase;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.pin.PinFields;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.InsideProject;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.RawInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Raises {@link #RULE} when the integration pin in the working tree differs from its content at
 * the base ref (e.g. {@code origin/main}): during a rehearsal the runtime pin must not change. The
 * breach carries a unified diff. When the comparison is impossible (no repository, a missing base
 * ref, a shallow clone without the base commit, a pin that is new since the base) the breach says
 * so and how to fix it; with {@code pinBaseRefOptional} those are warnings.
 *
 * <p>Strictly read-only (see {@link FileAtBaseRef}): nothing is fetched, checked out or written.
 */
public final class PinUnchangedSinceBase {

    public static final Rule RULE = Rule.GUARD_PIN_CHANGED;

    /**
     * A pin that cannot be read is worded as a scanned file, without "it was not scanned" (it is compared, not scanned);
     * a link is replaced, not excluded.
     */
    private static final UnreadableInput.Wording PIN = new UnreadableInput.Wording("", "",
            UnreadableInput.SCANNED.tooLargeHint(), UnreadableInput.SCANNED.notAFileHint(),
            UnreadableInput.SCANNED.unreadableHint(), UnreadableInput.CONFIGURED.linkHint());

    /** The member every integration pin has, by which the base's pins are found wherever they live. */
    private static final String PIN_MARKER = "\"" + PinFields.MANIFEST_SHA256 + "\"";
    /** The largest file at the base taken for a pin (a pin is a few hundred bytes). */
    private static final long PIN_MAX_BYTES = 64 * 1024;

    private final ProjectFiles files;
    private final String baseRef;
    private final boolean optional;
    private final long maxBytes;
    private final String stays;

    /** A rehearsal's comparison: see {@link #PinUnchangedSinceBase(ProjectFiles, String, boolean, long, Mode)}. */
    public PinUnchangedSinceBase(ProjectFiles files, String baseRef, boolean baseRefOptional, long maxBytes) {
        this(files, baseRef, baseRefOptional, maxBytes, Mode.REHEARSAL);
    }

    /**
     * @param files           the project, whose directory lies inside the git work tree
     * @param baseRef         the ref to compare with, e.g. {@code origin/main}, {@code refs/heads/main} or a SHA
     * @param baseRefOptional whether an unavailable base is only a warning
     * @param maxBytes        the largest pin accepted
     * @param mode            the mode, which says why the pin must not change
     */
    public PinUnchangedSinceBase(ProjectFiles files, String baseRef, boolean baseRefOptional, long maxBytes, Mode mode) {
        this.files = files;
        this.baseRef = baseRef;
        this.optional = baseRefOptional;
        this.maxBytes = maxBytes;
        this.stays = mode == Mode.REHEARSAL ? "the runtime pin must stay as approved during the rehearsal"
                : "in " + mode.id() + " mode the pin moves only as the approval record (cutoverApprovalFile) approves";
    }

    /**
     * Whether the pin existed at the base ref (read-only; an unavailable base answers {@code false}): a pin
     * deleted since the base is still a pin to check.
     */
    public static boolean existedAtBase(ProjectFiles files, Path pinFile, String baseRef, long maxBytes) {
        FileAtBaseRef.AtBase base = new FileAtBaseRef(files.basedir(), baseRef, maxBytes).read(files.resolve(pinFile),
                files.display(pinFile));
        return base instanceof FileAtBaseRef.Found || base instanceof FileAtBaseRef.Linked;
    }

    /**
     * The release the pin names at the base ref, for the approval's {@code previous_baseline} (read-only): found, or
     * why it cannot be compared (no pin at the base, a base that cannot be read, a pin there that is no JSON object).
     */
    public static PinAtBase pinAtBase(ProjectFiles files, Path pinFile, String baseRef, boolean optional, long maxBytes) {
        String display = files.display(pinFile);
        FileAtBaseRef.AtBase base = new FileAtBaseRef(files.basedir(), baseRef, maxBytes).read(files.resolve(pinFile), display);
        if (base instanceof FileAtBaseRef.Unavailable unavailable) {
            return PinAtBase.unavailable(baseRef, unavailable.message(), optional);
        }
        if (base instanceof FileAtBaseRef.Absent absent) {
            return PinAtBase.unavailable(baseRef, "the base (" + abbreviate(absent.commit()) + ") has no " + display
                    + ", so no pin was approved to move from", false);
        }
        if (base instanceof FileAtBaseRef.Linked linked) {
            return PinAtBase.unavailable(baseRef, linkedAtBase(display, baseRef, linked), false);
        }
        FileAtBaseRef.Found found = (FileAtBaseRef.Found) base;
        InputLoader loader = new InputLoader(files, InputLimits.DEFAULT.withMaxBytes(maxBytes));
        JsonDocument pin = loader.parse(new RawInput(display + " (" + baseRef + ")", files.resolve(pinFile), found.bytes(),
                InputReader.sha256Hex(found.bytes()))).value().orElse(null);
        if (pin == null || !pin.root().isObject()) {
            return PinAtBase.unavailable(baseRef, display + " at the base is no JSON object", false);
        }
        return PinAtBase.found(baseRef, pin.root().path(PinFields.RELEASE_TAG).asString(null),
                pin.root().path(PinFields.COMMIT_SHA).asString(null));
    }

    /**
     * The last move of the pin's release along the base ref's history (read-only): from the release before the latest
     * commit that changed the pin's {@code release_tag} or {@code commit_sha} to the release it changed to; empty when the
     * history shows none (the pin never moved, the base cannot be read, or a shallow clone holds too little history).
     */
    public static Optional<Lifecycle.Move> lastMove(ProjectFiles files, Path pinFile, String baseRef, long maxBytes) {
        InputLoader loader = new InputLoader(files, InputLimits.DEFAULT.withMaxBytes(maxBytes));
        Lifecycle.Release newer = null;
        for (FileAtBaseRef.Found version : new FileAtBaseRef(files.basedir(), baseRef, maxBytes)
                .versions(files.resolve(pinFile), HISTORY_LIMIT)) {
            JsonDocument pin = loader.parse(new RawInput(files.display(pinFile) + " (" + version.commit() + ")",
                    files.resolve(pinFile), version.bytes(), "")).value().orElse(null);
            if (pin == null || !pin.root().isObject()) {
                return Optional.empty();
            }
            Lifecycle.Release release = new Lifecycle.Release(pin.root().path(PinFields.RELEASE_TAG).asString(null),
                    pin.root().path(PinFields.COMMIT_SHA).asString(null));
            if (newer != null && !newer.equals(release)) {
                return Optional.of(new Lifecycle.Move(release, newer));
            }
            newer = release;
        }
        return Optional.empty();
    }

    /** How many of the pin's versions {@link #lastMove} reads at most. */
    private static final int HISTORY_LIMIT = 64;

    /**
     * Compares {@code pinFile} with its content at the base ref; in a cutover, the change {@code approved} describes
     * passes (the evidence names the approval record).
     *
     * @param approved     the approved move, or {@code null} when none holds
     * @param approvalNote why no move is approved although a record is configured (added to the hint), or {@code null}
     */
    public Findings check(Path pinFile, ApprovedPinMove approved, String approvalNote) {
        Findings configured = compared(pinFile, approved, approvalNote);
        String display = files.display(pinFile);
        List<String> basePins = pinsAtBase();
        List<String> others = basePins.stream().filter(p -> !p.equals(display)).toList();
        if (others.isEmpty()) {
            return configured;
        }
        List<Breach> breaches = new ArrayList<>(configured.breaches());
        List<InputFile> inputs = new ArrayList<>(configured.inputs());
        if (!basePins.contains(display)) {
            breaches.add(Breach.error(RULE, "pinFile is " + display + ", but the integration pin at " + baseRef + " is "
                            + String.join(", ", others) + ": a pin read from another path is reviewed like a pin change")
                    .file(display)
                    .expected("the pin at " + baseRef + ": " + String.join(", ", others))
                    .actual(display)
                    .hint("point <pinFile> back at " + others.get(0) + "; move the pin to another path only in its own "
                            + "reviewed change on the base branch")
                    .build());
        }
        for (String other : others) {
            Findings checked = compared(Path.of(other), approved, approvalNote);
            breaches.addAll(checked.breaches());
            inputs.addAll(checked.inputs());
        }
        return new Findings(breaches, inputs, configured.detail() + "; the other integration pins at " + baseRef + " ("
                + String.join(", ", others) + ") are unchanged too");
    }

    /**
     * The integration pins the base ref has under the project directory (JSON files with the pin's
     * {@code expected_producer_manifest_sha256} member), as the project names them: wherever the pin lived at the base,
     * it is watched, whatever {@code <pinFile>} says now.
     */
    private List<String> pinsAtBase() {
        InputLoader loader = new InputLoader(files, InputLimits.DEFAULT.withMaxBytes(PIN_MAX_BYTES));
        List<String> pins = new ArrayList<>();
        for (FileAtBaseRef.Found found : new FileAtBaseRef(files.basedir(), baseRef, maxBytes)
                .findUnderProject(".json", PIN_MARKER, PIN_MAX_BYTES)) {
            JsonDocument pin = loader.parse(new RawInput(found.path(), files.resolve(Path.of(found.path())), found.bytes(),
                    InputReader.sha256Hex(found.bytes()))).value().orElse(null);
            if (pin != null && pin.root().isObject() && pin.root().has(PinFields.MANIFEST_SHA256)) {
                pins.add(files.display(Path.of(found.path())));
            }
        }
        return pins;
    }

    /** Compares one pin file with its content at the base ref. */
    private Findings compared(Path pinFile, ApprovedPinMove approved, String approvalNote) {
        String display = files.display(pinFile);
        String detail = display + " equals its content at " + baseRef;
        RawInput current;
        try {
            current = new InputReader(maxBytes).read(files, pinFile);
        } catch (InputProblem e) {
            if (e.kind() != InputProblem.Kind.MISSING) {
                return new Findings(List.of(UnreadableInput.breach(e, display, PIN)), List.of(), detail);
            }
            current = null;
        }
        FileAtBaseRef.AtBase base = new FileAtBaseRef(files.basedir(), baseRef, maxBytes).read(files.resolve(pinFile), display);
        List<InputFile> inputs = current == null ? List.of() : List.of(current.asInputFile());
        if (approved != null && current != null && base instanceof FileAtBaseRef.Found found
                && explains(approved, new RawInput(display + " (" + baseRef + ")", files.resolve(pinFile), found.bytes(),
                        InputReader.sha256Hex(found.bytes())), current)) {
            return new Findings(List.of(), List.of(current.asInputFile(), approved.approval()),
                    display + " " + approved.describe());
        }
        return new Findings(compare(display, current, base, approvalNote), inputs, detail);
    }

    /** Whether the change from {@code base} to {@code current} is the approved move (a pin that is no JSON is not). */
    private boolean explains(ApprovedPinMove approved, RawInput base, RawInput current) {
        InputLoader loader = new InputLoader(files, InputLimits.DEFAULT.withMaxBytes(maxBytes));
        return approved.explains(loader.parse(base).value().orElse(null), loader.parse(current).value().orElse(null));
    }

    private List<Breach> compare(String display, RawInput current, FileAtBaseRef.AtBase base, String approvalNote) {
        if (current == null) {
            if (base instanceof FileAtBaseRef.Found found) {
                return List.of(Breach.error(RULE, display + " was deleted since " + baseRef + " (" + abbreviate(found.commit())
                                + "): " + stays)
                        .file(display)
                        .expected("the pin as at " + baseRef)
                        .actual("no file")
                        .hint("restore it: git restore --source=" + baseRef + " -- " + found.path()
                                + " (at the repository root); repin only in an approved cutover change")
                        .build());
            }
            return List.of(UnreadableInput.breach(new InputProblem(InputProblem.Kind.MISSING, display + " does not exist"),
                    display, PIN));
        }
        if (base instanceof FileAtBaseRef.Linked linked) {
            return List.of(UnreadableInput.breach(new InputProblem(InputProblem.Kind.LINK_NOT_FOLLOWED,
                    linkedAtBase(display, baseRef, linked)), display, PIN));
        }
        if (base instanceof FileAtBaseRef.Unavailable unavailable) {
            return List.of(soft(Breach.error(RULE, unavailable.message()).file(display).expected("the pin as at " + baseRef)
                    .hint(unavailable.hint())));
        }
        if (base instanceof FileAtBaseRef.Absent absent) {
            return List.of(soft(Breach.error(RULE, display + " does not exist at base ref " + baseRef + " ("
                            + abbreviate(absent.commit()) + "): the pin is new in this change")
                    .file(display)
                    .expected("the pin as at " + baseRef)
                    .actual("a new file")
                    .hint("add the pin in its own reviewed change on the base branch before rehearsing, or point "
                            + "pinBaseRef at a ref that has it")));
        }
        FileAtBaseRef.Found found = (FileAtBaseRef.Found) base;
        if (Arrays.equals(found.bytes(), current.bytes())) {
            return List.of();
        }
        if (LineEndings.onlyLineEndingsDiffer(found.bytes(), current.bytes())) {
            return List.of(Breach.error(RULE, display + " differs from its content at " + baseRef + " ("
                            + abbreviate(found.commit()) + ") only in line endings: " + LineEndings.name(current.bytes())
                            + " in the working tree, " + LineEndings.name(found.bytes()) + " at the base")
                    .file(display)
                    .expected("sha256 " + InputReader.sha256Hex(found.bytes()) + " (as at " + baseRef + ")")
                    .actual("sha256 " + current.sha256())
                    .hint(LineEndings.fix(display))
                    .build());
        }
        UnifiedDiff diff = UnifiedDiff.of(display + " (" + baseRef + ")", found.bytes(), display + " (working tree)",
                current.bytes());
        return List.of(Breach.error(RULE, display + " changed since " + baseRef + " (" + abbreviate(found.commit())
                        + "): " + stays + " (diff below: - "
                        + baseRef + ", + working tree)")
                .file(display)
                .at(diff.firstLine() > 0 ? Location.ofLine(diff.firstLine()) : Location.UNKNOWN)
                .expected("sha256 " + InputReader.sha256Hex(found.bytes()) + " (as at " + baseRef + ")")
                .actual("sha256 " + current.sha256())
                .hint("revert it: git restore --source=" + baseRef + " -- " + found.path()
                        + " (at the repository root); repin only in an approved cutover change, with <baseline>"
                        + (approvalNote == null ? "" : " (" + approvalNote + ")"))
                .details(diff.text())
                .build());
    }

    /** E.g. "config/integration-pin.json at origin/main (1a2b3c4d5e6f) is a symbolic link to …; inputs must be …". */
    private static String linkedAtBase(String display, String baseRef, FileAtBaseRef.Linked linked) {
        return display + " at " + baseRef + " (" + abbreviate(linked.commit()) + ") is a symbolic link to "
                + linked.target() + "; " + InsideProject.RULE + ", and links are never followed";
    }

    /** An unavailable comparison: an error, or a warning when the base ref is optional. */
    private Breach soft(Breach.Builder builder) {
        Breach breach = builder.build();
        if (!optional) {
            return breach;
        }
        return new Breach(breach.rule(), Severity.WARNING, breach.file(), breach.location(), breach.jsonPointer(),
                breach.expected(), breach.actual(), breach.message() + " (pinBaseRefOptional: not failing the build)",
                breach.hint(), breach.details());
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
