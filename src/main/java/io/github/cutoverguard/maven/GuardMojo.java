package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.guard.Guard;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.guard.TestRun;
import io.github.cutoverguard.engine.guard.TestSwitch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The consumer's rehearsal guardrails: the integration pin is unchanged since the base ref
 * ({@code GUARD-PIN-CHANGED}); in rehearsal mode no runtime configuration names the target contract
 * ({@code GUARD-RUNTIME-SWITCH}); the producer's endpoints appear only in adapter files
 * ({@code GUARD-ENDPOINT-BOUNDARY}); the fallback tests ran and passed
 * ({@code GUARD-FALLBACK-REGRESSION}, {@code GUARD-FALLBACK-MISSING}). {@code <baseline>} is optional. In cutover mode
 * the pin may change only as the approval record ({@code cutoverApprovalFile}) approves; in rehearsal mode, after a
 * rollback, only back to the approval's {@code previous_baseline} as the rollback record ({@code rollbackRecordFile})
 * records.
 */
@Mojo(name = Guard.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class GuardMojo extends AbstractPinMojo implements VerdictGoal {

    /**
     * The git ref the pin is compared with, e.g. {@code origin/main} or {@code refs/heads/release}; default
     * {@code origin/$GITHUB_BASE_REF} when that variable is set (pull-request builds), else {@code origin/main}.
     */
    @Parameter(property = "cutover.pinBaseRef")
    private String pinBaseRef;

    /**
     * Whether a base that cannot be compared (no repository, missing ref, shallow clone, new pin) is only a
     * warning; default {@code false}. Example: {@code -Dcutover.pinBaseRefOptional=true} for local builds.
     */
    @Parameter(property = "cutover.pinBaseRefOptional", defaultValue = "false")
    private boolean pinBaseRefOptional;

    /**
     * Globs (relative to the project) of the runtime configuration checked in rehearsal mode, each file read as
     * its runtime reads it (properties, XML properties, YAML, JSON); default
     * {@code src/main/resources/**}{@code /*.properties}, {@code *.yml}, {@code *.yaml}, {@code *.json} and
     * {@code *.xml} there.
     * Example: {@code <runtimeConfigIncludes><include>config/**}{@code /*.yml</include></runtimeConfigIncludes>}.
     */
    @Parameter
    private List<String> runtimeConfigIncludes;

    /** Globs left out of the runtime-switch check; default none. Example: {@code <exclude>**}{@code /rehearsal-*.yml</exclude>}. */
    @Parameter
    private List<String> runtimeConfigExcludes;

    /**
     * Java regular expressions no key or value of the runtime configuration (as read) may match, besides
     * {@code targetServiceContract};
     * default none. Example: {@code <pattern>service_v3_\w+</pattern>}.
     */
    @Parameter
    private List<String> forbiddenRuntimePatterns;

    /**
     * Producer endpoints (literal text) that may appear only in {@code adapterFiles}; default none (check
     * skipped). Example: {@code <endpoint>/v1/context-packages</endpoint>}.
     */
    @Parameter
    private List<String> boundaryEndpoints;

    /**
     * Globs or paths (relative to the project) of the files allowed to name the endpoints; default none.
     * Example: {@code <adapterFile>src/main/java/**}{@code /BillingClient.java</adapterFile>}.
     */
    @Parameter
    private List<String> adapterFiles;

    /**
     * Globs of the sources searched for endpoints; default {@code src/main/java/**}{@code /*.java} and
     * {@code src/main/kotlin/**}{@code /*.kt}. Example: {@code <include>src/main/scala/**}{@code /*.scala</include>}.
     */
    @Parameter
    private List<String> boundarySourceIncludes;

    /**
     * Fallback tests that must have run and passed: {@code ClassName}, {@code com.pkg.ClassName} or
     * {@code Class#method}, {@code *} as wildcard; default none (check skipped). Example:
     * {@code <test>*Fallback*</test><test>BillingClientTest#fallback*</test>}.
     */
    @Parameter
    private List<String> fallbackTests;

    /**
     * Directories of Surefire/Failsafe {@code TEST-*.xml} reports; default
     * {@code ${project.build.directory}/surefire-reports} and {@code …/failsafe-reports} (absent ones are fine).
     */
    @Parameter
    private List<File> testReportDirectories;

    /** The build directory, for the default report directories. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /** The project's compiled classes: a test report older than the newest class here is stale, not evidence. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    private File outputDirectory;

    /** The project's compiled test classes: a test report older than the newest class here is stale, not evidence. */
    @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
    private File testOutputDirectory;

    public GuardMojo() {
        super(BuildOutcome.Conclusion.WAIVED, BaselineUse.OPTIONAL);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.conclude(request().run());
    }

    /** The verdict always runs this goal (its inputs have defaults; a missing one is a breach, not a skip). */
    @Override
    public String notConfigured() {
        return null;
    }

    /** The engine request for these parameters: the one place they are read, by this goal and by {@code verdict}. */
    @Override
    public GuardRequest request() throws MojoExecutionException {
        return new GuardRequest(context(),
                new GuardRequest.Pin(pathOrNull(pinFile), defaultBaseRef(pinBaseRef, System.getenv("GITHUB_BASE_REF")),
                        pinBaseRefOptional, pathOrNull(cutoverApprovalFile), rollbackRecordFile()),
                new GuardRequest.RuntimeSwitch(GuardRequest.compilePatterns(forbiddenRuntimePatterns),
                        runtimeConfigIncludes, runtimeConfigExcludes),
                new GuardRequest.Boundary(boundaryEndpoints, adapterFiles, boundarySourceIncludes),
                new GuardRequest.Fallback(fallbackTests, reportDirectories(), testRun()));
    }

    /** The configured report directories, else the default ones under the build directory. */
    private List<Path> reportDirectories() {
        List<Path> configured = testReportDirectories == null ? List.of()
                : testReportDirectories.stream().filter(Objects::nonNull).map(File::toPath).toList();
        return configured.isEmpty() ? GuardRequest.Fallback.defaultReportDirectories(pathOrNull(buildDirectory)) : configured;
    }

    /** The build's test switches (as Maven resolves properties for a plugin) and class directories. */
    private TestRun testRun() {
        return new TestRun(TestSwitch.resolved(session == null ? null : session.getUserProperties(),
                project == null ? null : project.getProperties(), session == null ? null : session.getSystemProperties()),
                Stream.of(outputDirectory, testOutputDirectory).filter(Objects::nonNull).map(File::toPath).toList());
    }

    /** The configured ref, else {@code origin/$GITHUB_BASE_REF} when that is set, else {@code origin/main}. */
    static String defaultBaseRef(String configured, String githubBaseRef) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return githubBaseRef != null && !githubBaseRef.isBlank() ? "origin/" + githubBaseRef.trim() : "origin/main";
    }
}
