package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.handoff.GenerateHandoff;
import io.github.cutoverguard.engine.handoff.GenerateHandoffRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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
@Mojo(name = GenerateHandoff.GOAL, threadSafe = true)
public class GenerateHandoffMojo extends AbstractHandoffMojo {

    public GenerateHandoffMojo() {
        super(BuildOutcome.Conclusion.AS_CHECKED, BaselineUse.OPTIONAL);
    }

    @Override
    protected GoalOutputs.Written written() {
        return GoalOutputs.Written.of(List.of("handoffFile"), Set.of("handoffFile"), handoffFile);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException, IOException {
        if (producerManifestFile == null) {
            throw new MojoExecutionException("Set <producerManifestFile> to the canonical manifest the candidate is generated from");
        }
        List<String> unset = new ArrayList<>();
        if (requiredConsumerChecks == null || requiredConsumerChecks.isEmpty()) {
            unset.add("<requiredConsumerChecks>");
        }
        if (requiredProducerChecks == null || requiredProducerChecks.isEmpty()) {
            unset.add("<requiredProducerChecks>");
        }
        if (!unset.isEmpty()) {
            throw new MojoExecutionException("Set " + String.join(" and ", unset) + " in the plugin configuration: the "
                    + "candidate lists the checks each side runs, and validate-handoff refuses an empty list (e.g. "
                    + "<requiredConsumerChecks><check>mvn -B verify</check></requiredConsumerChecks>); nothing was written");
        }
        GenerateHandoffRequest request = new GenerateHandoffRequest(context(), producerManifestFile.toPath(),
                requiredHandoffFile().toPath(), handoffSettings(), configuredTimestamp());
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
        outcome.conclude(generated.result());
    }
}
