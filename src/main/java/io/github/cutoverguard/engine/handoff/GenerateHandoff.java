package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code generate-handoff} goal: renders the rehearsal candidate from the canonical manifest and
 * writes it atomically, and only when its content (ignoring {@code generated_at_utc}) changed, so an
 * unchanged manifest leaves the committed file untouched. Nothing is generated from a manifest its schema
 * refuses; a candidate validate-handoff would reject (e.g. an empty command list, {@code HANDOFF-COMMANDS})
 * is not written.
 */
public final class GenerateHandoff {

    /** The goal name used in reports. */
    public static final String GOAL = "generate-handoff";

    /** What happened to the output file. */
    public enum Outcome {
        WRITTEN,
        UNCHANGED,
        NOT_GENERATED
    }

    /** The goal result and what happened to the output file. */
    public record Generated(GoalResult result, Outcome outcome, Path output) {
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
        InputLoader inputs = new InputLoader(context.files(), context.limits());
        InputLoader.Loaded<JsonDocument> manifest = inputs.json(request.producerManifestFile());
        run.ran("manifest.read", "read and parse the canonical manifest", manifest.breaches());
        Path output = context.files().resolve(request.handoffFile());
        if (manifest.value().isEmpty()) {
            return new Generated(run.result(), Outcome.NOT_GENERATED, output);
        }
        run.read(manifest.value().get().source().asInputFile());
        // what the schema refuses in the manifest (a number beyond what its field means) is reported where it is
        // written, not copied into a candidate that would be refused at a line of a file never written
        List<Breach> invalid = MatchesSchema.check(manifest.value().get(),
                SchemaCatalog.bundled(SchemaCatalog.PRODUCER_MANIFEST), SchemaCatalog.PRODUCER_MANIFEST);
        run.ran("manifest.schema", SchemaCatalog.PRODUCER_MANIFEST, invalid);
        if (!invalid.isEmpty()) {
            return new Generated(run.result(), Outcome.NOT_GENERATED, output);
        }
        byte[] fresh = HandoffGenerator.render(
                HandoffGenerator.generate(manifest.value().get(), request.settings(), request.generatedAt()));
        String display = context.files().display(request.handoffFile());
        List<Breach> rejected = rejected(request, inputs.parse(new RawInput(display, output, fresh,
                InputReader.sha256Hex(fresh))), manifest.value().get());
        if (!rejected.isEmpty()) {
            run.ran("handoff.generate", "not written: validate-handoff would reject " + display, rejected);
            return new Generated(run.result(), Outcome.NOT_GENERATED, output);
        }
        Optional<JsonDocument> unchanged = unchangedOutput(output, manifest.value().get(), request, inputs);
        Outcome outcome = unchanged.isPresent() ? Outcome.UNCHANGED : Outcome.WRITTEN;
        if (outcome == Outcome.WRITTEN) {
            AtomicFiles.write(output, fresh);
        }
        String sha256 = unchanged.map(existing -> existing.source().sha256()).orElseGet(() -> InputReader.sha256Hex(fresh));
        run.ran("handoff.generate", (outcome == Outcome.WRITTEN ? "wrote " : "unchanged ")
                + display + " (sha256 " + sha256 + ")", List.of());
        return new Generated(run.result(), outcome, output);
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
                request.producerManifestFile(), settings.requiredConsumerChecks(), settings.requiredProducerChecks(),
                HandoffGenerator.minimumOverlapDays(manifest),
                settings.candidateRequires(), settings.candidateForbids(), settings.stableRequires(),
                settings.stableForbids(), null);
        return ValidateHandoff.checkCandidate(validation, candidate.value().get(), manifest).errors();
    }

    /** The existing output, read once, when it already holds this content whatever its timestamp. */
    private static Optional<JsonDocument> unchangedOutput(Path output, JsonDocument manifest, GenerateHandoffRequest request,
                                                          InputLoader inputs) {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        return inputs.json(output).value().filter(existing -> Arrays.equals(existing.source().bytes(),
                HandoffIsFresh.regenerate(existing, manifest, request.settings())));
    }
}
