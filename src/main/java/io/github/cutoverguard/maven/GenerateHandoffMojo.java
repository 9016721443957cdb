package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.handoff.GenerateHandoff;
import io.github.cutoverguard.engine.handoff.GenerateHandoffRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Generates the rehearsal handoff candidate from the canonical producer manifest and the POM's
 * policy parameters, deterministically (stable key order, 2-space indent, trailing newline), and
 * writes {@code handoffFile} atomically, only when its bytes change: a generation time given with
 * {@code -Dcutover.generatedAt} (or {@code project.build.outputTimestamp}) is written, or the goal says why not
 * (a date before the manifest's last commit). Not bound to a phase: run
 * {@code mvn cutover:generate-handoff}.
 */
@Mojo(name = "generate-handoff", threadSafe = true)
public class GenerateHandoffMojo extends AbstractHandoffMojo {

    /**
     * The approved runtime pin ({@code releaseTag}, {@code commitSha}, {@code serviceContract},
     * {@code apiContract}, {@code integrationBaseline}), recorded in the evidence report; the candidate's active
     * runtime baseline comes from the manifest.
     */
    @Parameter
    private PlexusConfiguration baseline;

    @Override
    protected BaselineParameter baseline() throws MojoExecutionException { return BaselineParameter.from(baseline, this); }

    @Override
    protected String goal() {
        return GenerateHandoff.GOAL;
    }

    @Override
    protected GoalOutputs.Written written() {
        return GoalOutputs.Written.of(List.of("handoffFile"), Set.of("handoffFile"), handoffFile);
    }

    @Override
    protected GoalResult check() throws MojoExecutionException {
        if (producerManifestFile == null) {
            throw new MojoExecutionException("Set <producerManifestFile> to the canonical manifest the candidate is generated from");
        }
        GenerateHandoffRequest request = new GenerateHandoffRequest(context(), producerManifestFile.toPath(),
                requiredHandoffFile().toPath(), handoffSettings(), configuredTimestamp());
        try {
            GenerateHandoff.Generated generated = GenerateHandoff.run(request);
            Instant at = request.generatedAt();
            switch (generated.outcome()) {
                case WRITTEN -> getLog().info("Wrote " + files().display(generated.output())
                        + (generated.previousGeneratedAt() == null ? "" : " (generated_at_utc "
                        + generated.previousGeneratedAt() + " is now " + (at == null
                        ? "the current time: it was older than the manifest's last commit"
                        : at + ", from " + timestampSource()) + ")"));
                case UNCHANGED -> getLog().info(files().display(generated.output()) + " is up to date (not rewritten)");
                default -> getLog().info("No handoff generated");
            }
            return generated.result();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + files().display(handoffFile.toPath()) + ": "
                    + ProjectFiles.describe(e), e);
        }
    }
}
