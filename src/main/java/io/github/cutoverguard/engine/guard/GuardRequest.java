package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.RunContext;

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
 * @param context                  the project, mode (the runtime-switch check runs in rehearsal mode only), the
 *                                 baseline as far as configured, the target (without it the runtime-switch check is
 *                                 skipped), the limits ({@code maxBytes} bounds every file read) and the clock
 * @param pinFile                  the integration pin that must equal its content at {@code pinBaseRef}, or
 *                                 {@code null} to skip the pin-unchanged check
 * @param pinBaseRef               the git ref the pin is compared with, e.g. {@code origin/main} (also tried as
 *                                 {@code refs/remotes/…} and {@code refs/heads/…}); {@code null} skips the check
 * @param pinBaseRefOptional       whether an unavailable base (no repository, missing ref, shallow clone, new pin)
 *                                 is only a warning
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
 * @param cutoverApprovalFile      the joint approval record: in cutover mode, a pin changed from its
 *                                 {@code previous_baseline} release to its {@code baseline} release (as {@code repin}
 *                                 writes it) passes the pin-unchanged check when the record holds; or {@code null}
 * @param testRun                  the build's test switches (a skip, or a selection leaving the fallback tests out,
 *                                 means they did not run, which the fallback check reports as such) and class
 *                                 directories (a report older than their newest class is stale); {@code null}: none
 */
public record GuardRequest(
        RunContext context,
        Path pinFile,
        String pinBaseRef,
        boolean pinBaseRefOptional,
        List<Pattern> forbiddenRuntimePatterns,
        List<String> runtimeConfigIncludes,
        List<String> runtimeConfigExcludes,
        List<String> boundaryEndpoints,
        List<String> adapterFiles,
        List<String> boundarySourceIncludes,
        List<String> fallbackTests,
        List<Path> testReportDirectories,
        Path cutoverApprovalFile,
        TestRun testRun) implements GoalRequest {

    /** @throws IllegalArgumentException for a malformed {@code fallbackTests} pattern (a configuration error) */
    public GuardRequest {
        Objects.requireNonNull(context, "context");
        pinBaseRef = blankToNull(pinBaseRef);
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
        testRun = testRun == null ? TestRun.NONE : testRun;
    }

    /** This request without the pin-unchanged check (the verdict's project has no integration pin). */
    public GuardRequest withoutPin() {
        return new GuardRequest(context, null, pinBaseRef, pinBaseRefOptional, forbiddenRuntimePatterns,
                runtimeConfigIncludes, runtimeConfigExcludes, boundaryEndpoints, adapterFiles, boundarySourceIncludes,
                fallbackTests, testReportDirectories, cutoverApprovalFile, testRun);
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
    public GoalResult run() {
        return Guard.run(this);
    }
}
