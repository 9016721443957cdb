package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.pin.PinFields;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an integration stands in its life (DESIGN §4, "The lifecycle"), read from the files rather than from a
 * parameter to remember: the pin's release, {@code <baseline>}, {@code <targetServiceContract>} and the joint approval
 * record decide the {@link Phase}. {@code <mode>} stays a parameter, and must agree with the phase
 * ({@link #requireAgreement}).
 *
 * @param phase    where the integration stands
 * @param pin      the pin's release, or {@code null} when the pin cannot be read (its own breaches say why)
 * @param approval the approval record's move, or {@code null} when none is configured or it cannot be read
 * @param files    how the pin and the approval record are named to the user, e.g. {@code config/integration-pin.json}
 */
public record Lifecycle(Phase phase, Release pin, Move approval, Names files) {

    /** The phases of an integration. */
    public enum Phase {
        /** The pin is {@code <baseline>} and no other contract is rehearsed. */
        STABLE,
        /** A target contract other than the baseline's is rehearsed; the runtime stays on the pin. */
        REHEARSAL,
        /**
         * An approval record approves exactly the move from the pin to {@code <baseline>}, or that move is applied in this
         * change ({@link #since}): the cutover is under way.
         */
        CUTOVER,
        /** The pin is the approval record's {@code baseline}: the cutover is done and the record is history. */
        COMPLETE,
        /** The files name no phase (no readable pin, or a pin that differs from {@code <baseline>} with no approved move). */
        UNDETERMINED;

        /** The lower-case name the reports use. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A release as a tag and its commit. */
    public record Release(String tag, String sha) {

        /** Whether {@code baseline} names this release. */
        boolean is(Baseline baseline) {
            return baseline != null && Objects.equals(tag, baseline.releaseTag()) && Objects.equals(sha, baseline.commitSha());
        }

        @Override
        public String toString() {
            return tag + " (" + sha + ")";
        }
    }

    /** The move an approval record approves: from its {@code previous_baseline} to its {@code baseline}. */
    public record Move(Release from, Release to) {
    }

    /** How the pin file and the approval record are shown, e.g. {@code config/integration-pin.json}. */
    public record Names(String pin, String approval) {
    }

    /**
     * The phase the files name. The pin and the approval record are read as they are: a file that cannot be read (or an
     * approval without the members this needs) counts as absent here, and the goals that check those files say why.
     *
     * @param pinFile      the integration pin
     * @param approvalFile the joint approval record, or {@code null} when none is configured
     */
    public static Lifecycle read(RunContext context, InputLoader inputs, Path pinFile, Path approvalFile) {
        Release pin = inputs.json(pinFile).value().flatMap(d -> release(d, "")).orElse(null);
        Move move = null;
        if (approvalFile != null) {
            Optional<JsonDocument> approval = inputs.json(approvalFile).value();
            Optional<Release> to = approval.flatMap(d -> release(d, "/baseline"));
            Optional<Release> from = approval.flatMap(d -> release(d, "/previous_baseline"));
            move = to.isPresent() ? new Move(from.orElse(null), to.get()) : null;
        }
        Names names = new Names(context.files().display(pinFile),
                approvalFile == null ? null : context.files().display(approvalFile));
        return of(context, pin, move, names);
    }

    /** The phase of {@code pin} and {@code approval} under {@code context}'s baseline and target. */
    public static Lifecycle of(RunContext context, Release pin, Move approval, Names names) {
        Baseline baseline = context.baseline();
        String target = context.targetServiceContract();
        boolean approvesBaseline = approval != null && approval.to().is(baseline);
        Phase phase;
        if (pin == null) {
            phase = Phase.UNDETERMINED;
        } else if (approvesBaseline && !pin.is(baseline) && pin.equals(approval.from())) {
            phase = Phase.CUTOVER;
        } else if (!pin.is(baseline)) {
            phase = Phase.UNDETERMINED;
        } else if (target != null && !target.equals(baseline.serviceContract())) {
            phase = Phase.REHEARSAL;
        } else if (approvesBaseline) {
            phase = Phase.COMPLETE;
        } else {
            phase = Phase.STABLE;
        }
        return new Lifecycle(phase, pin, approval, names);
    }

    /**
     * This lifecycle as the base ref sees it: a complete cutover whose pin is not the pin at the base ref is the cutover
     * being applied in this change ({@code repin}'s change, before it is merged), so it is judged as a cutover; so is
     * one with no base to compare with ({@code pinAtBase} {@code null}).
     */
    public Lifecycle since(Release pinAtBase) {
        return phase == Phase.COMPLETE && !pin.equals(pinAtBase) ? new Lifecycle(Phase.CUTOVER, pin, approval, files) : this;
    }

    /**
     * Fails when {@code <mode>} disagrees with the files: rehearsal mode while an approval record approves the move
     * from the pin to {@code <baseline>}, or cutover mode while a next contract is rehearsed.
     *
     * @throws LifecycleDisagrees naming the file that disagrees and what to change
     */
    public void requireAgreement(RunContext context) throws LifecycleDisagrees {
        Baseline baseline = context.baseline();
        if (context.mode() == Mode.REHEARSAL && phase == Phase.CUTOVER) {
            throw new LifecycleDisagrees("<mode> is rehearsal, but " + files.approval() + " approves the move from the "
                    + "pin's release " + pin + " (" + files.pin() + ") to <baseline> " + baseline.releaseTag() + " / "
                    + baseline.serviceContract() + ": the cutover is under way. Set <mode>cutover</mode> in the POM "
                    + "(-Dcutover.mode cannot override it), or set <baseline> back to the pin's release to go on rehearsing");
        }
        if (context.mode() == Mode.CUTOVER && phase == Phase.REHEARSAL) {
            throw new LifecycleDisagrees("<mode> is cutover, but the files describe a rehearsal of "
                    + context.targetServiceContract() + ": " + files.pin() + " names <baseline> " + baseline.releaseTag()
                    + " and " + (files.approval() == null ? "no cutoverApprovalFile is configured"
                    : files.approval() + " approves no move from it") + ". Set <mode>rehearsal</mode> for the "
                    + "rehearsal; the cutover comes with an approval record for the move to the next release");
        }
    }

    /**
     * Fails when {@code <targetServiceContract>} is the baseline's own contract in rehearsal mode: that rehearsal is
     * complete (DESIGN §4, "The lifecycle").
     *
     * @throws LifecycleDisagrees saying to name the next contract or remove the target
     */
    public static void requireTargetAhead(RunContext context) throws LifecycleDisagrees {
        String target = context.targetServiceContract();
        if (context.mode() == Mode.REHEARSAL && target != null && target.equals(context.baseline().serviceContract())) {
            throw new LifecycleDisagrees("<targetServiceContract> " + target + " is the baseline's contract ("
                    + context.baseline().releaseTag() + " / " + target + "): the rehearsal is complete; name the next "
                    + "contract or remove <targetServiceContract>");
        }
    }

    private static Optional<Release> release(JsonDocument document, String object) {
        Optional<String> tag = document.at(object + "/" + PinFields.RELEASE_TAG).filter(JsonNode::isString)
                .map(JsonNode::asString);
        Optional<String> sha = document.at(object + "/" + PinFields.COMMIT_SHA).filter(JsonNode::isString)
                .map(JsonNode::asString);
        return tag.isPresent() && sha.isPresent() ? Optional.of(new Release(tag.get(), sha.get())) : Optional.empty();
    }
}
