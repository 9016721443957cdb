package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.markdown.MarkdownDocument;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.util.List;

/**
 * What a goal will read, made ready on a thread of its own while the goal settles its configuration: the bundled schemas
 * of its configured inputs compiled into {@link SchemaCatalog}'s cache, and the Markdown parser's classes loaded. The
 * first goal of a build pays the libraries' class loading (hundreds of classes, verified one by one); on a second core
 * that overlaps the goal's own start-up. Nothing is read that the goal does not read, and nothing here changes a result:
 * the goal compiles the same schemas itself when they are not ready yet (the cache hands it the one being compiled).
 *
 * @param schemas  the bundled schemas the goal's configured inputs are checked against (e.g. {@code integration-pin.v1})
 * @param markdown whether the goal reads Markdown (a compatibility matrix, documents)
 */
public record Preload(List<String> schemas, boolean markdown) {

    /** Nothing to prepare. */
    public static final Preload NONE = new Preload(List.of(), false);

    public Preload {
        schemas = List.copyOf(schemas);
    }

    /** This preparation and {@code other}'s. */
    public Preload and(Preload other) {
        List<String> both = new java.util.ArrayList<>(schemas);
        other.schemas.stream().filter(name -> !both.contains(name)).forEach(both::add);
        return new Preload(both, markdown || other.markdown);
    }

    /** Starts the preparation on a daemon thread, unless there is nothing to prepare. */
    public void start() {
        if (schemas.isEmpty() && !markdown) {
            return;
        }
        Thread thread = new Thread(this::prepare, "cutover-guardrails-preload");
        thread.setDaemon(true);
        thread.start();
    }

    void prepare() {
        try {
            if (markdown) {
                MarkdownDocument.prepare();
            }
            schemas.forEach(SchemaCatalog::bundled);
        } catch (RuntimeException | LinkageError e) {
            // the goal meets the same problem where it reads the input, and reports it there
        }
    }
}
