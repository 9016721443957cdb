package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.RunContext;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CheckDocs} checks.
 *
 * @param context   the project, mode, baseline (whose fields {@code ${pin.*}} expands to), limits and clock of this run
 * @param documents the governance documents and the lines each must contain
 */
public record CheckDocsRequest(RunContext context, List<DocumentSpec> documents) implements GoalRequest {

    public CheckDocsRequest {
        Objects.requireNonNull(context, "context");
        documents = List.copyOf(documents);
    }

    /** The Markdown parser. */
    @Override
    public Preload preload() {
        return new Preload(List.of(), true);
    }

    @Override
    public String goal() {
        return CheckDocs.GOAL;
    }

    /** @throws IllegalArgumentException for an unknown {@code ${pin.*}} placeholder (a configuration error) */
    @Override
    public GoalResult run() {
        return CheckDocs.run(this);
    }
}
