package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.markdown.MarkdownDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code check-docs} goal: every configured governance document exists, carries its
 * {@code Updated:} marker when asked, and contains each required line with {@code ${pin.*}} expanded; each document
 * is parsed once, as CommonMark.
 */
public final class CheckDocs {

    /** The goal name used in reports. */
    public static final String GOAL = "check-docs";
    /** The rules this goal's checks raise (the input rules, raised by every goal, are not listed). */
    public static final Set<Rule> RULES = Set.of(DocumentContainsLines.RULE, DocumentHasUpdatedMarker.RULE);

    private CheckDocs() {
    }

    /** @throws IllegalArgumentException for an unknown {@code ${pin.*}} placeholder (a configuration error) */
    static GoalResult run(CheckDocsRequest request) {
        RunContext context = request.context();
        GoalRun run = new GoalRun(GOAL, context);
        InputLoader inputs = run.inputs();
        PinPlaceholders placeholders = new PinPlaceholders(context.baseline());
        for (DocumentSpec spec : request.documents()) {
            List<String> expected = spec.mustContain().stream().map(placeholders::expand).toList();
            String id = "docs." + context.files().display(spec.path());
            InputLoader.Loaded<RawInput> raw = inputs.raw(spec.path());
            if (raw.value().isEmpty()) {
                run.ran(id, "the document exists", raw.breaches());
                continue;
            }
            RawInput input = raw.value().get();
            run.read(input.asInputFile());
            MarkdownDocument document = MarkdownDocument.parse(input.text());
            List<Breach> breaches = new ArrayList<>(
                    new DocumentContainsLines(input.displayName(), expected).check(document));
            if (spec.requireUpdatedMarker()) {
                breaches.addAll(new DocumentHasUpdatedMarker(input.displayName(), BuildDay.utcDay(context.clock())).check(document));
            }
            run.ran(id, expected.size() + " required line(s)"
                    + (spec.requireUpdatedMarker() ? " and the Updated: marker" : ""), breaches);
        }
        return run.result();
    }
}
