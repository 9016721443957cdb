package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.docs.CheckDocsRequest;
import io.github.cutoverguard.engine.docs.DocumentSpec;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks governance documents (compatibility matrix, runbooks, session notes): each exists,
 * carries an {@code Updated: YYYY-MM-DD} marker when asked, and contains each required line with
 * {@code ${pin.*}} expanded from {@code <baseline>}.
 */
@Mojo(name = CheckDocs.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckDocsMojo extends AbstractBaselineMojo implements VerdictGoal {

    /** The documents to check: {@code <document><path/><requireUpdatedMarker/><mustContain><line/></mustContain></document>}. */
    @Parameter
    private List<Document> documents;

    public CheckDocsMojo() {
        super(BuildOutcome.Conclusion.WAIVED, BaselineUse.OPTIONAL);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.conclude(request().run());
    }

    /** Why {@code verdict} does not run this goal, or {@code null} when its inputs are configured. */
    @Override
    public String notConfigured() {
        return documents == null || documents.isEmpty() ? "no documents configured" : null;
    }

    /** The engine request for these parameters: the one place they are read, by this goal and by {@code verdict}. */
    @Override
    public CheckDocsRequest request() throws MojoExecutionException {
        return new CheckDocsRequest(context(), specs());
    }

    /** The configured documents as engine specs; at least one with a path is required. */
    private List<DocumentSpec> specs() throws MojoExecutionException {
        if (documents == null || documents.isEmpty()) {
            throw new MojoExecutionException("Configure at least one <documents><document><path>…</path></document></documents>");
        }
        List<DocumentSpec> specs = new ArrayList<>();
        for (Document document : documents) {
            if (document.path() == null) {
                throw new MojoExecutionException("Every <document> needs a <path>");
            }
            specs.add(document.toSpec(basedir));
        }
        return specs;
    }

    @Override
    protected Preload preload() throws MojoExecutionException {
        return request().preload();
    }
}
