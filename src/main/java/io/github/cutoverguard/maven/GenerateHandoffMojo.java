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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Generates the rehearsal handoff candidate from the canonical producer manifest and the POM's
 * policy parameters, deterministically (stable key order, 2-space indent, trailing newline), and
 * writes {@code handoffFile} atomically, only when its content changed. Not bound to a phase: run
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

    /** The reproducible-build timestamp, used as {@code generated_at_utc} (ISO-8601 or epoch seconds). */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /** Overrides {@code generated_at_utc} (ISO-8601, e.g. {@code 2026-02-08T11:29:52Z}); default: the output timestamp, else now. */
    @Parameter(property = "cutover.generatedAt")
    private String generatedAt;

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
                requiredHandoffFile().toPath(), handoffSettings(), timestamp());
        try {
            GenerateHandoff.Generated generated = GenerateHandoff.run(request);
            switch (generated.outcome()) {
                case WRITTEN -> getLog().info("Wrote " + files().display(generated.output()));
                case UNCHANGED -> getLog().info(files().display(generated.output()) + " is up to date (not rewritten)");
                default -> getLog().info("No handoff generated");
            }
            return generated.result();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + files().display(handoffFile.toPath()) + ": "
                    + ProjectFiles.describe(e), e);
        }
    }

    private Instant timestamp() throws MojoExecutionException {
        String value = generatedAt != null && !generatedAt.isBlank() ? generatedAt : outputTimestamp;
        if (value == null || value.isBlank() || value.length() < 2) {
            return Instant.now();
        }
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoExecutionException("Invalid generation timestamp '" + value
                    + "': use ISO-8601 such as 2026-02-08T11:29:52Z or epoch seconds");
        }
    }
}
