package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.docs.DocumentSpec;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks governance documents (compatibility matrix, runbooks, session notes): each exists,
 * carries an {@code Updated: YYYY-MM-DD} marker when asked, and contains each required line with
 * {@code ${pin.*}} expanded from {@code <baseline>}.
 */
@Mojo(name = "check-docs", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckDocsMojo extends AbstractCutoverMojo {

    /** The documents to check: {@code <document><path/><requireUpdatedMarker/><mustContain><line/></mustContain></document>}. */
    @Parameter
    private List<Document> documents;

    @Override
    protected String goal() {
        return CheckDocs.GOAL;
    }

    @Override
    protected GoalResult check() throws MojoExecutionException {
        try {
            return new CheckDocs(Clock.systemUTC()).run(new CheckDocs.Request(files(), specs(documents, basedir),
                    configuredBaseline(), parsedMode(), limits()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid <documents>: " + e.getMessage());
        }
    }

    /** The configured documents as engine specs; at least one with a path is required. */
    static List<DocumentSpec> specs(List<Document> configured, java.io.File basedir) throws MojoExecutionException {
        if (configured == null || configured.isEmpty()) {
            throw new MojoExecutionException("Configure at least one <documents><document><path>…</path></document></documents>");
        }
        List<DocumentSpec> specs = new ArrayList<>();
        for (Document document : configured) {
            if (document.path() == null) {
                throw new MojoExecutionException("Every <document> needs a <path>");
            }
            specs.add(document.toSpec(basedir));
        }
        return specs;
    }
}
