package io.github.cutoverguard.engine.guard;

import java.time.Clock;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonLimits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What {@link Guard} checks. A {@code null} or empty input switches its check off; the check is then
 * reported as skipped, with the reason.
 *
 * @param files                    the project directory, for resolving and naming files
 * @param pinFile                  the integration pin that must equal its content at {@code pinBaseRef}, or
 *                                 {@code null} to skip the pin-unchanged check
 * @param pinBaseRef               the git ref the pin is compared with, e.g. {@code origin/main} (also tried as
 *                                 {@code refs/remotes/…} and {@code refs/heads/…}); {@code null} skips the check
 * @param pinBaseRefOptional       whether an unavailable base (no repository, missing ref, shallow clone, new pin)
 *                                 is only a warning
 * @param targetServiceContract    the contract being rehearsed, e.g. {@code service.v3}; without it the
 *                                 runtime-switch check is skipped
 * @param forbiddenRuntimePatterns further patterns no runtime configuration line may match (see
 *                                 {@link #compilePatterns(List)})
 * @param runtimeConfigIncludes    globs of runtime configuration files; empty: {@link NoRuntimeSwitch#DEFAULT_INCLUDES}
 * @param runtimeConfigExcludes    globs of files left out of the runtime-switch check
 * @param boundaryEndpoints        literal endpoint paths (e.g. {@code /v1/context-packages}) that may appear only in
 *                                 adapter files; empty skips the boundary check
 * @param adapterFiles             globs or paths (relative to the project) of the files allowed to name the endpoints
 * @param boundarySourceIncludes   globs of the sources searched for endpoints; empty:
 *                                 {@link EndpointsStayInAdapters#DEFAULT_SOURCE_INCLUDES}
 * @param fallbackTests            test patterns ({@code ClassName}, {@code com.pkg.ClassName}, {@code Class#method},
 *                                 {@code *} wildcards) that must exist and pass; empty skips the fallback check
 * @param testReportDirectories    directories holding Surefire/Failsafe {@code TEST-*.xml} reports; empty:
 *                                 {@link Guard#DEFAULT_TEST_REPORT_DIRECTORIES}
 * @param mode                     rehearsal or cutover: the runtime-switch check runs in rehearsal mode only
 * @param baseline                 the approved baseline as far as configured (recorded in the report)
 * @param limits                   input limits; {@code maxBytes} bounds every file read
 * @param testsSkippedBy           how the build skipped its tests (e.g. {@code -DskipTests}), or {@code null}: the
 *                                 fallback tests then did not run, which the fallback check reports as such
 */
public record GuardRequest(
        ProjectFiles files,
        Path pinFile,
        String pinBaseRef,
        boolean pinBaseRefOptional,
        String targetServiceContract,
        List<Pattern> forbiddenRuntimePatterns,
        List<String> runtimeConfigIncludes,
        List<String> runtimeConfigExcludes,
        List<String> boundaryEndpoints,
        List<String> adapterFiles,
        List<String> boundarySourceIncludes,
        List<String> fallbackTests,
        List<Path> testReportDirectories,
        Mode mode,
        Baseline baseline,
        JsonLimits limits,
        String testsSkippedBy) implements GoalRequest {

    /** @throws IllegalArgumentException for a malformed {@code fallbackTests} pattern (a configuration error) */
    public GuardRequest {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(mode, "mode");
        pinBaseRef = blankToNull(pinBaseRef);
        targetServiceContract = blankToNull(targetServiceContract);
        forbiddenRuntimePatterns = forbiddenRuntimePatterns == null ? List.of()
                : forbiddenRuntimePatterns.stream().filter(Objects::nonNull).toList();
        runtimeConfigIncludes = texts(runtimeConfigIncludes);
        runtimeConfigExcludes = texts(runtimeConfigExcludes);
        boundaryEndpoints = texts(boundaryEndpoints);
        adapterFiles = texts(adapterFiles);
        boundarySourceIncludes = texts(boundarySourceIncludes);
        fallbackTests = texts(fallbackTests);
        fallbackTests.forEach(FallbackPattern::parse);
        testReportDirectories = testReportDirectories == null ? List.of()
                : testReportDirectories.stream().filter(Objects::nonNull).toList();
        baseline = baseline == null ? Baseline.NONE : baseline;
        limits = limits == null ? JsonLimits.DEFAULT : limits;
        testsSkippedBy = blankToNull(testsSkippedBy);
    }

    /** A request for a build that ran its tests. */
    public GuardRequest(ProjectFiles files, Path pinFile, String pinBaseRef, boolean pinBaseRefOptional,
                        String targetServiceContract, List<Pattern> forbiddenRuntimePatterns,
                        List<String> runtimeConfigIncludes, List<String> runtimeConfigExcludes,
                        List<String> boundaryEndpoints, List<String> adapterFiles, List<String> boundarySourceIncludes,
                        List<String> fallbackTests, List<Path> testReportDirectories, Mode mode, Baseline baseline,
                        JsonLimits limits) {
        this(files, pinFile, pinBaseRef, pinBaseRefOptional, targetServiceContract,
                forbiddenRuntimePatterns, runtimeConfigIncludes, runtimeConfigExcludes, boundaryEndpoints, adapterFiles,
                boundarySourceIncludes, fallbackTests, testReportDirectories, mode, baseline, limits, null);
    }

    /** This request without the pin-unchanged check (the verdict's project has no integration pin). */
    public GuardRequest withoutPin() {
        return new GuardRequest(files, null, pinBaseRef, pinBaseRefOptional, targetServiceContract,
                forbiddenRuntimePatterns, runtimeConfigIncludes, runtimeConfigExcludes, boundaryEndpoints, adapterFiles,
                boundarySourceIncludes, fallbackTests, testReportDirectories, mode, baseline, limits, testsSkippedBy);
    }

    /**
     * Compiles {@code forbiddenRuntimePatterns} once (Java regular expressions, matched anywhere in a line).
     *
     * @throws IllegalArgumentException naming the first invalid pattern (a configuration error)
     */
    public static List<Pattern> compilePatterns(List<String> regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : texts(regexes)) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("forbiddenRuntimePatterns entry '" + regex
                        + "' is not a valid regular expression: " + e.getDescription(), e);
            }
        }
        return List.copyOf(patterns);
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String goal() {
        return Guard.GOAL;
    }

    @Override
    public GoalResult run(Clock clock) {
        return new Guard(clock).run(this);
    }
}
