package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.pin.PinFields;
import io.github.cutoverguard.engine.schema.MatchesSchema;
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
 * @param rollback the rollback record that undoes the approval, or {@code null} when there is none
 */
public record Lifecycle(Phase phase, Release pin, Move approval, Names files, RolledBack rollback) {

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
        /**
         * A rollback record undoes the approval record: the pin went back to its {@code previous_baseline}. The approval is
         * spent; a rehearsal of the same target may start again, and a cutover needs a new approval.
         */
        ROLLED_BACK,
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

    /** A rollback record that undoes the approval record: to which release, when (UTC day) and why. */
    public record RolledBack(Release to, String day, String reason, String file) {
    }

    /** The phase of {@code pin} and {@code approval}, with no rollback record. */
    public static Lifecycle of(RunContext context, Release pin, Move approval, Names names) {
        return of(context, pin, approval, names, null);
    }

    /**
     * The phase the files name. The pin and the approval record are read as they are: a file that cannot be read (or an
     * approval without the members this needs) counts as absent here, and the goals that check those files say why.
     *
     * @param pinFile      the integration pin
     * @param approvalFile the joint approval record, or {@code null} when none is configured
     */
    public static Lifecycle read(RunContext context, InputLoader inputs, Path pinFile, Path approvalFile) {
        return read(context, inputs, pinFile, approvalFile, null);
    }

    /**
     * The phase the files name, with the rollback record at {@code rollbackFile} (default: beside the approval record,
     * {@link RollbackRecord#defaultFile}); a record that does not hold its schema or undoes another approval counts as
     * none here ({@code guard} says why).
     */
    public static Lifecycle read(RunContext context, InputLoader inputs, Path pinFile, Path approvalFile, Path rollbackFile) {
        Release pin = inputs.json(pinFile).value().flatMap(d -> release(d, "")).orElse(null);
        Move move = null;
        RolledBack rolledBack = null;
        if (approvalFile != null) {
            Optional<JsonDocument> approval = inputs.json(approvalFile).value();
            Optional<Release> to = approval.flatMap(d -> release(d, "/baseline"));
            Optional<Release> from = approval.flatMap(d -> release(d, "/previous_baseline"));
            move = to.isPresent() ? new Move(from.orElse(null), to.get()) : null;
            Path recordFile = rollbackFile != null ? rollbackFile : RollbackRecord.defaultFile(approvalFile);
            if (approval.isPresent() && context.files().resolve(recordFile).toFile().isFile()) {
                rolledBack = inputs.json(recordFile).value().flatMap(d -> RollbackRecord.of(d).value())
                        .filter(r -> r.undoes(approval.get(), MatchesSchema.RULE).isEmpty())
                        .map(r -> new RolledBack(new Release(r.to().releaseTag(), r.to().commitSha()),
                                r.rolledBackAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString(), r.reason(),
                                context.files().display(recordFile)))
                        .orElse(null);
            }
        }
        Names names = new Names(context.files().display(pinFile),
                approvalFile == null ? null : context.files().display(approvalFile));
        return of(context, pin, move, names, rolledBack);
    }

    /** The phase of {@code pin}, {@code approval} and {@code rollback} under {@code context}'s baseline and target. */
    public static Lifecycle of(RunContext context, Release pin, Move approval, Names names, RolledBack rollback) {
        Baseline baseline = context.baseline();
        String target = context.targetServiceContract();
        boolean approvesBaseline = approval != null && approval.to().is(baseline);
        Phase phase;
        if (pin == null) {
            phase = Phase.UNDETERMINED;
        } else if (rollback != null && pin.equals(rollback.to())) {
            phase = Phase.ROLLED_BACK;
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
        return new Lifecycle(phase, pin, approval, names, rollback);
    }

    /**
     * This lifecycle as the base ref sees it: a complete cutover whose pin is not the pin at the base ref is the cutover
     * being applied in this change ({@code repin}'s change, before it is merged), so it is judged as a cutover; so is
     * one with no base to compare with ({@code pinAtBase} {@code null}).
     */
    public Lifecycle since(Release pinAtBase) {
        return phase == Phase.COMPLETE && !pin.equals(pinAtBase) ? new Lifecycle(Phase.CUTOVER, pin, approval, files, rollback) : this;
    }

    /**
     * Fails when {@code <mode>} disagrees with the files: rehearsal mode while an approval record approves the move
     * from the pin to {@code <baseline>}, or cutover mode while a next contract is rehearsed.
     *
     * @throws LifecycleDisagrees naming the file that disagrees and what to change
     */
    public void requireAgreement(RunContext context) throws LifecycleDisagrees {
        Baseline baseline = context.baseline();
        if (phase == Phase.ROLLED_BACK && (!pin.is(baseline) || context.mode() == Mode.CUTOVER)) {
            throw new LifecycleDisagrees("the cutover was rolled back to " + rollback.to() + " on " + rollback.day() + " ("
                    + rollback.file() + ": " + rollback.reason() + "), and " + files.pin() + " names it again; "
                    + files.approval() + " is spent. Set <baseline> to " + rollback.to().tag() + " (the release rolled "
                    + "back to) and <mode>rehearsal</mode>: the rehearsal of the same target may start again, and a "
                    + "cutover needs a new approval record");
        }
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
