package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.JsonInputs;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonLimits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code check-docs} goal: every configured governance document exists, carries its
 * {@code Updated:} marker when asked, and contains each required line with {@code ${pin.*}} expanded.
 */
public final class CheckDocs {

    /** The goal name used in reports. */
    public static final String GOAL = "check-docs";

    /** The documents to check, against which baseline. */
    public record Request(ProjectFiles files, List<DocumentSpec> documents, Baseline baseline, Mode mode, JsonLimits limits)
            implements GoalRequest {

        public Request {
            documents = List.copyOf(documents);
        }

        @Override
        public String goal() {
            return GOAL;
        }

        @Override
        public GoalResult run(Clock clock) {
            return new CheckDocs(clock).run(this);
        }
    }

    private final Clock clock;

    public CheckDocs(Clock clock) {
        this.clock = clock;
    }

    /** @throws IllegalArgumentException for an unknown {@code ${pin.*}} placeholder (a configuration error) */
    public GoalResult run(Request request) {
        JsonInputs inputs = new JsonInputs(request.files(), request.limits());
        PinPlaceholders placeholders = new PinPlaceholders(request.baseline());
        List<InputFile> read = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        for (DocumentSpec spec : request.documents()) {
            List<String> expected = spec.mustContain().stream().map(placeholders::expand).toList();
            String id = "docs." + request.files().display(spec.path());
            JsonInputs.Loaded<RawInput> raw = inputs.raw(spec.path());
            if (raw.value().isEmpty()) {
                checks.add(CheckResult.ran(id, "the document exists", raw.breaches()));
                continue;
            }
            RawInput input = raw.value().get();
            read.add(input.asInputFile());
            List<String> lines = RawInput.lines(input.text());
            List<io.github.cutoverguard.engine.Breach> breaches = new ArrayList<>(
                    DocumentContainsLines.check(input.displayName(), lines, expected));
            if (spec.requireUpdatedMarker()) {
                breaches.addAll(DocumentHasUpdatedMarker.check(input.displayName(), lines));
            }
            checks.add(CheckResult.ran(id, expected.size() + " required line(s)"
                    + (spec.requireUpdatedMarker() ? " and the Updated: marker" : ""), breaches));
        }
        return new GoalResult(GOAL, clock.instant(), request.mode(), request.baseline(), null, read, checks);
    }
}
