package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.docs.DocumentSpec;

import java.io.File;
import java.util.List;

/**
 * One {@code <document>} of {@code check-docs}:
 *
 * <pre>
 * &lt;document&gt;
 *   &lt;path&gt;docs/COMPATIBILITY_MATRIX.md&lt;/path&gt;
 *   &lt;requireUpdatedMarker&gt;true&lt;/requireUpdatedMarker&gt;
 *   &lt;mustContain&gt;
 *     &lt;line&gt;- Billing release tag: `${pin.releaseTag}`&lt;/line&gt;
 *   &lt;/mustContain&gt;
 * &lt;/document&gt;
 * </pre>
 */
public class Document {

    /** The document, relative to the project directory. */
    private File path;

    /** Whether the document must carry an {@code Updated: YYYY-MM-DD} line. Default {@code false}. */
    private boolean requireUpdatedMarker;

    /**
     * Lines the document must contain; {@code ${pin.releaseTag}}, {@code ${pin.commitSha}},
     * {@code ${pin.serviceContract}}, {@code ${pin.apiContract}} and {@code ${pin.integrationBaseline}}
     * are expanded from {@code <baseline>}.
     */
    private List<String> mustContain;

    public Document() {
    }

    Document(File path, boolean requireUpdatedMarker, List<String> mustContain) {
        this.path = path;
        this.requireUpdatedMarker = requireUpdatedMarker;
        this.mustContain = mustContain;
    }

    /** The engine's view, with {@code path} resolved against {@code basedir}. */
    DocumentSpec toSpec(File basedir) {
        File file = path.isAbsolute() ? path : new File(basedir, path.getPath());
        return new DocumentSpec(file.toPath(), requireUpdatedMarker, mustContain);
    }

    File path() {
        return path;
    }
}
