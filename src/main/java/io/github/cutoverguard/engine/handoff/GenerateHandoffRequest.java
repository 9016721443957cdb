package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.RunContext;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@link GenerateHandoff} generates, from which manifest, into which file, stamped when.
 *
 * @param context              the project, mode, baseline, limits and clock of this run; its target is the settings'
 * @param producerManifestFile the canonical manifest the candidate is generated from
 * @param handoffFile          the candidate to write
 * @param settings             what the candidate says beyond the manifest (target, policies, commands)
 * @param generatedAt          the candidate's {@code generated_at_utc} as configured ({@code -Dcutover.generatedAt} or
 *                             {@code project.build.outputTimestamp}), or {@code null} when none is: then a candidate
 *                             whose content is unchanged keeps its date, and a new one is stamped with the clock
 */
public record GenerateHandoffRequest(
        RunContext context,
        Path producerManifestFile,
        Path handoffFile,
        HandoffSettings settings,
        Instant generatedAt) {

    public GenerateHandoffRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(producerManifestFile, "producerManifestFile");
        Objects.requireNonNull(handoffFile, "handoffFile");
        Objects.requireNonNull(settings, "settings");
        context = new RunContext(context.files(), context.mode(), context.baseline(), settings.targetServiceContract(),
                context.limits(), context.clock(), context.breachLimit());
    }
}
