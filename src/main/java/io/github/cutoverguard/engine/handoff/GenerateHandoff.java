package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.JsonInputs;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonLimits;
import io.github.cutoverguard.engine.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    /** What to generate, from which manifest, into which file, stamped when. */
    public record Request(ProjectFiles files, Path producerManifestFile, Path handoffFile, HandoffSettings settings,
                          Instant generatedAt, Baseline baseline, Mode mode, JsonLimits limits) {
    }

    /** What happened to the output file. */
    public enum Outcome {
        WRITTEN,
        UNCHANGED,
        NOT_GENERATED
    }

    /** The goal result and what happened to the output file. */
    public record Generated(GoalResult result, Outcome outcome, Path output) {
    }

    private final Clock clock;

    public GenerateHandoff(Clock clock) {
        this.clock = clock;
    }

    public Generated run(Request request) throws IOException {
        JsonInputs inputs = new JsonInputs(request.files(), request.limits());
        List<InputFile> read = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        JsonInputs.Loaded<JsonDocument> manifest = inputs.json(request.producerManifestFile());
        checks.add(CheckResult.ran("manifest.read", "read and parse the canonical manifest", manifest.breaches()));
        Path output = request.files().resolve(request.handoffFile());
        if (manifest.value().isEmpty()) {
            return new Generated(result(request, read, checks), Outcome.NOT_GENERATED, output);
        }
        read.add(manifest.value().get().source().asInputFile());
        byte[] fresh = HandoffGenerator.render(
                HandoffGenerator.generate(manifest.value().get(), request.settings(), request.generatedAt()));
        String display = request.files().display(request.handoffFile());
        List<Breach> rejected = commandLists(inputs.parse(new RawInput(display, output, fresh, InputReader.sha256Hex(fresh))));
        if (!rejected.isEmpty()) {
            checks.add(CheckResult.ran("handoff.generate", "not written: validate-handoff would reject " + display,
                    rejected));
            return new Generated(result(request, read, checks), Outcome.NOT_GENERATED, output);
        }
        Optional<JsonDocument> unchanged = unchangedOutput(output, manifest.value().get(), request, inputs);
        Outcome outcome = unchanged.isPresent() ? Outcome.UNCHANGED : Outcome.WRITTEN;
        if (outcome == Outcome.WRITTEN) {
            AtomicFiles.write(output, fresh);
        }
        String sha256 = unchanged.map(existing -> existing.source().sha256()).orElseGet(() -> InputReader.sha256Hex(fresh));
        checks.add(CheckResult.ran("handoff.generate", (outcome == Outcome.WRITTEN ? "wrote " : "unchanged ")
                + display + " (sha256 " + sha256 + ")", List.<Breach>of()));
        return new Generated(result(request, read, checks), outcome, output);
    }

    /**
     * The {@code HANDOFF-COMMANDS} breaches validate-handoff would raise on the generated candidate's
     * command lists (an empty {@code requiredProducerChecks} or {@code requiredConsumerChecks}).
     */
    private static List<Breach> commandLists(JsonInputs.Loaded<JsonDocument> generated) {
        return generated.value().map(doc -> new CommandListsComplete(List.of(), List.of())
                .check(new HandoffPayload(doc, HandoffKind.REHEARSAL))).orElse(generated.breaches());
    }

    /** The existing output, read once, when it already holds this content whatever its timestamp. */
    private static Optional<JsonDocument> unchangedOutput(Path output, JsonDocument manifest, Request request,
                                                          JsonInputs inputs) {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        return inputs.json(output).value().filter(existing -> Arrays.equals(existing.source().bytes(),
                HandoffIsFresh.regenerate(existing, manifest, request.settings())));
    }

    private GoalResult result(Request request, List<InputFile> read, List<CheckResult> checks) {
        return new GoalResult(GOAL, clock.instant(), request.mode(), request.baseline(),
                request.settings().targetServiceContract(), read, checks);
    }
}
