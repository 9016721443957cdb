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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code generate-handoff} goal: renders the rehearsal candidate from the canonical manifest and
 * writes it atomically, and only when its content (ignoring {@code generated_at_utc}) changed, so an
 * unchanged manifest leaves the committed file untouched. A candidate with an empty command list is
 * not written: validate-handoff would reject it ({@code HANDOFF-COMMANDS}).
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
        byte[] fresh = HandoffGenerator.render(
                HandoffGenerator.generate(manifest.value().get(), request.settings(), request.generatedAt()));
        String display = context.files().display(request.handoffFile());
        List<Breach> rejected = commandLists(inputs.parse(new RawInput(display, output, fresh, InputReader.sha256Hex(fresh))));
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
     * The {@code HANDOFF-COMMANDS} breaches validate-handoff would raise on the generated candidate's
     * command lists (an empty {@code requiredProducerChecks} or {@code requiredConsumerChecks}).
     */
    private static List<Breach> commandLists(InputLoader.Loaded<JsonDocument> generated) {
        return generated.value().map(doc -> new CommandListsComplete(List.of(), List.of())
                .check(new HandoffPayload(doc, HandoffKind.REHEARSAL))).orElse(generated.breaches());
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
