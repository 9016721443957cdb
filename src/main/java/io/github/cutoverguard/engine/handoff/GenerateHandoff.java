package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import io.github.cutoverguard.engine.git.LastChange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code generate-handoff} goal: renders the rehearsal candidate from the canonical manifest and writes it
 * atomically, only when its bytes change. The date is part of them: a configured generation time
 * ({@code -Dcutover.generatedAt}, else {@code project.build.outputTimestamp}) is written, or the goal says why not;
 * with none configured, a candidate whose content is unchanged keeps its date, and any other is stamped with the
 * clock. A candidate is never older than the commit that last changed the manifest, when git can say. Nothing is
 * generated from a manifest its schema refuses, nor from a prepared one ({@link ManifestIsReleased}); a candidate
 * validate-handoff would reject (e.g. an empty command list, {@code HANDOFF-COMMANDS}) is not written.
 */
public final class GenerateHandoff {

    /** The goal name used in reports. */
    public static final String GOAL = "generate-handoff";
    private static final String GENERATE = "handoff.generate";

    /** What happened to the output file. */
    public enum Outcome {
        WRITTEN,
        UNCHANGED,
        NOT_GENERATED
    }

    /**
     * The goal result and what happened to the output file.
     *
     * @param previousGeneratedAt the {@code generated_at_utc} a rewritten candidate had before, when only its date
     *                            and what follows from it changed; else {@code null}
     */
    public record Generated(GoalResult result, Outcome outcome, Path output, String previousGeneratedAt) {
    }

    private GenerateHandoff() {
    }

    /**
     * Generates the candidate of {@code request} and writes it when it changed.
     *
     * @throws IOException when the output cannot be written
     */
    public static Generated run(GenerateHandoffRequest request) throws IOException {
        RunContext context = request.context();
        GoalRun run = new GoalRun(GOAL, context);
        InputLoader inputs = run.inputs();
        InputLoader.Loaded<JsonDocument> loaded = inputs.json(request.producerManifestFile());
        run.ran(CheckIds.MANIFEST_READ, "read and parse the canonical manifest", loaded.breaches());
        Path output = context.files().resolve(request.handoffFile());
        if (loaded.value().isEmpty()) {
            return new Generated(run.result(), Outcome.NOT_GENERATED, output, null);
        }
        JsonDocument manifest = loaded.value().get();
        run.read(manifest.source().asInputFile());
        // what the schema refuses in the manifest (a number beyond what its field means) is reported where it is
        // written, not copied into a candidate that would be refused at a line of a file never written
        // a prepared manifest (no commit_sha) describes no release: the candidate's baseline is the released one
        List<Breach> invalid = ManifestIsReleased.producerManifestOf(GOAL).withSchema(manifest);
        run.ran(CheckIds.MANIFEST_SCHEMA, SchemaCatalog.PRODUCER_MANIFEST + ", released", invalid);
        if (!invalid.isEmpty()) {
            return new Generated(run.result(), Outcome.NOT_GENERATED, output, null);
        }
        String display = context.files().display(request.handoffFile());
        Optional<LastChange> source = LastChange.of(context.files().resolve(request.producerManifestFile()), output);
        Instant configured = request.generatedAt() == null ? null : request.generatedAt().truncatedTo(ChronoUnit.SECONDS);
        Optional<Breach> tooOld = source.filter(change -> configured != null && configured.isBefore(change.notBefore()))
                .map(change -> Breach.error(HandoffIsFresh.RULE, "generated_at_utc would be " + configured + ", before "
                                + change.describe(manifest.displayName()) + ": " + HandoffIsFresh.NOT_OLDER)
                        .file(display).expected("on or after " + change.notBefore()).actual(configured.toString())
                        .hint("give a generation time on or after " + change.notBefore() + " (-Dcutover.generatedAt or "
                                + "project.build.outputTimestamp), or neither to stamp it now")
                        .build());
        if (tooOld.isPresent()) {
            run.ran(GENERATE, "not written: " + display + " would be older than its manifest", List.of(tooOld.get()));
            return new Generated(run.result(), Outcome.NOT_GENERATED, output, null);
        }
        Optional<JsonDocument> existing = Files.isRegularFile(output) ? inputs.json(output).value() : Optional.empty();
        Optional<Instant> kept = configured != null ? Optional.empty() : existing.flatMap(e -> keptStamp(e, manifest,
                request.settings(), source));
        Instant stamp = configured != null ? configured : kept.orElseGet(() -> context.clock().instant());
        byte[] fresh = HandoffIsFresh.regenerate(existing.orElse(null), manifest, request.settings(), stamp);
        List<Breach> rejected = rejected(request, inputs.parse(new RawInput(display, output, fresh,
                InputReader.sha256Hex(fresh))), manifest);
        if (!rejected.isEmpty()) {
            run.ran(GENERATE, "not written: validate-handoff would reject " + display, rejected);
            return new Generated(run.result(), Outcome.NOT_GENERATED, output, null);
        }
        if (existing.isPresent() && Arrays.equals(existing.get().source().bytes(), fresh)) {
            run.ran(GENERATE, "unchanged " + display + " (sha256 " + existing.get().source().sha256()
                    + (kept.isPresent() ? "; generated_at_utc " + kept.get() + " kept: no generation time configured" : "")
                    + ")", List.of());
            return new Generated(run.result(), Outcome.UNCHANGED, output, null);
        }
        AtomicFiles.write(output, fresh);
        run.ran(GENERATE, "wrote " + display + " (sha256 " + InputReader.sha256Hex(fresh) + ")", List.of());
        String previous = existing.filter(e -> Arrays.equals(e.source().bytes(), HandoffIsFresh.regenerate(e, manifest,
                        request.settings(), HandoffIsFresh.committedStamp(e).orElse(Instant.EPOCH))))
                .flatMap(e -> e.text("generated_at_utc")).orElse(null);
        return new Generated(run.result(), Outcome.WRITTEN, output, previous);
    }

    /**
     * With no generation time configured, the existing candidate's own date, when its content is what the manifest
     * makes at that date and the date is not older than the manifest's last commit.
     */
    private static Optional<Instant> keptStamp(JsonDocument existing, JsonDocument manifest, HandoffSettings settings,
                                               Optional<LastChange> source) {
        return HandoffIsFresh.committedStamp(existing)
                .filter(at -> source.isEmpty() || !at.isBefore(source.get().notBefore()))
                .filter(at -> Arrays.equals(existing.source().bytes(),
                        HandoffIsFresh.regenerate(existing, manifest, settings, at)));
    }

    /**
     * The error-level breaches {@code validate-handoff} would raise on the candidate, with the generator's own settings
     * as its policy (the target and active envelope policies, the required commands; the manifest's minimum overlap).
     */
    private static List<Breach> rejected(GenerateHandoffRequest request, InputLoader.Loaded<JsonDocument> candidate,
                                         JsonDocument manifest) {
        if (candidate.value().isEmpty()) {
            return candidate.breaches();
        }
        HandoffSettings settings = request.settings();
        ValidateHandoffRequest validation = new ValidateHandoffRequest(request.context(), request.handoffFile(), null,
                request.producerManifestFile(), settings.requiredChecks(), HandoffGenerator.minimumOverlapDays(manifest),
                settings.envelopes(), null, new ValidateHandoffRequest.Expected(settings.targetApiContract() != null
                ? settings.targetApiContract() : manifest.text("expected_api_contract_version").orElse(null),
                settings.candidateMode(), null, null));
        return ValidateHandoff.checkCandidate(validation, candidate.value().get(), manifest).errors();
    }
}
