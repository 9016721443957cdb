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
 * What {@link Guard} checks: the project and run, then each check's settings in its own record, by the POM's names. A
 * {@code null} or empty input switches its check off; the check is then reported as skipped, with the reason.
 *
 * @param context  the project, mode (the runtime-switch check runs in rehearsal mode only), the baseline as far as
 *                 configured, the target (without it the runtime-switch check is skipped), the limits
 *                 ({@code maxBytes} bounds every file read) and the clock
 * @param pin      the pin-unchanged check's settings ({@link Pin#NONE}: skipped)
 * @param runtime  the runtime-switch check's settings
 * @param boundary the endpoint-boundary check's settings ({@link Boundary#NONE}: skipped)
 * @param fallback the fallback check's settings ({@link Fallback#NONE}: skipped)
 */
public record GuardRequest(
        RunContext context,
        Pin pin,
        RuntimeSwitch runtime,
        Boundary boundary,
        Fallback fallback) implements GoalRequest {

    /**
     * The pin-unchanged check.
     *
     * @param pinFile             the integration pin that must equal its content at {@code pinBaseRef}, or {@code null}
     *                            to skip the check
     * @param pinBaseRef          the git ref the pin is compared with, e.g. {@code origin/main} (also tried as
     *                            {@code refs/remotes/…} and {@code refs/heads/…}); {@code null} skips the check
     * @param pinBaseRefOptional  whether an unavailable base (no repository, missing ref, shallow clone, new pin) is
     *                            only a warning
     * @param cutoverApprovalFile the joint approval record: in cutover mode, a pin changed from its
     *                            {@code previous_baseline} release to its {@code baseline} release (as {@code repin}
     *                            writes it) passes when the record holds; or {@code null}
     * @param rollbackRecordFile  the rollback record ({@code cutover-rollback.v1}): in rehearsal mode, a pin changed
     *                            from the approval's {@code baseline} back to its {@code previous_baseline} (as
     *                            {@code rollback} writes it) passes when the record undoes that approval; or
     *                            {@code null}
     */
    public record Pin(Path pinFile, String pinBaseRef, boolean pinBaseRefOptional, Path cutoverApprovalFile,
                      Path rollbackRecordFile) {

        /** No pin: the check is skipped. */
        public static final Pin NONE = new Pin(null, null, false, null, null);

        /** A pin without a rollback record. */
        public Pin(Path pinFile, String pinBaseRef, boolean pinBaseRefOptional, Path cutoverApprovalFile) {
            this(pinFile, pinBaseRef, pinBaseRefOptional, cutoverApprovalFile, null);
        }

        public Pin {
            pinBaseRef = pinBaseRef == null || pinBaseRef.isBlank() ? null : pinBaseRef.trim();
        }
    }

    /**
     * The runtime-switch check.
     *
     * @param forbiddenRuntimePatterns further patterns no runtime configuration line may match (see
     *                                 {@link #compilePatterns(List)})
     * @param runtimeConfigIncludes    globs of runtime configuration files; empty:
     *                                 {@link NoRuntimeSwitch#DEFAULT_INCLUDES}
     * @param runtimeConfigExcludes    globs of files left out of the check
     */
    public record RuntimeSwitch(List<Pattern> forbiddenRuntimePatterns, List<String> runtimeConfigIncludes,
                                List<String> runtimeConfigExcludes) {

        /** Nothing configured: the target contract alone, in the default files. */
        public static final RuntimeSwitch DEFAULT = new RuntimeSwitch(null, null, null);

        public RuntimeSwitch {
            forbiddenRuntimePatterns = forbiddenRuntimePatterns == null ? List.of()
                    : forbiddenRuntimePatterns.stream().filter(Objects::nonNull).toList();
            runtimeConfigIncludes = texts(runtimeConfigIncludes);
            runtimeConfigExcludes = texts(runtimeConfigExcludes);
        }
    }

    /**
     * The endpoint-boundary check.
     *
     * @param boundaryEndpoints      literal endpoint paths (e.g. {@code /v1/context-packages}) that may appear only in
     *                               adapter files; empty skips the check
     * @param adapterFiles           globs or paths (relative to the project) of the files allowed to name the endpoints
     * @param boundarySourceIncludes globs of the sources searched for endpoints; empty:
     *                               {@link EndpointsStayInAdapters#DEFAULT_SOURCE_INCLUDES}
     */
    public record Boundary(List<String> boundaryEndpoints, List<String> adapterFiles,
                           List<String> boundarySourceIncludes) {

        /** No endpoints: the check is skipped. */
        public static final Boundary NONE = new Boundary(null, null, null);

        public Boundary {
            boundaryEndpoints = texts(boundaryEndpoints);
            adapterFiles = texts(adapterFiles);
            boundarySourceIncludes = texts(boundarySourceIncludes);
        }
    }

    /**
     * The fallback check.
     *
     * @param fallbackTests         test patterns ({@code ClassName}, {@code com.pkg.ClassName}, {@code Class#method},
     *                              {@code *} wildcards) that must exist and pass; empty skips the check
     * @param testReportDirectories directories holding Surefire/Failsafe {@code TEST-*.xml} reports; empty:
     *                              {@link #defaultReportDirectories} under {@code target}
     * @param testRun               the build's test switches (a skip, or a selection leaving the fallback tests out,
     *                              means they did not run, which the check reports as such) and class directories (a
     *                              report older than their newest class is stale); {@code null}: none
     */
    public record Fallback(List<String> fallbackTests, List<Path> testReportDirectories, TestRun testRun) {

        /** No fallback tests: the check is skipped. */
        public static final Fallback NONE = new Fallback(null, null, null);

        /** @throws IllegalArgumentException for a malformed {@code fallbackTests} pattern (a configuration error) */
        public Fallback {
            fallbackTests = texts(fallbackTests);
            fallbackTests.forEach(FallbackPattern::parse);
            testReportDirectories = testReportDirectories == null ? List.of()
                    : testReportDirectories.stream().filter(Objects::nonNull).toList();
            testReportDirectories = testReportDirectories.isEmpty() ? defaultReportDirectories(null) : testReportDirectories;
            testRun = testRun == null ? TestRun.NONE : testRun;
        }

        /**
         * Where Surefire and Failsafe write their reports by default: {@code surefire-reports} and
         * {@code failsafe-reports} under the build directory ({@code target} when {@code null}).
         */
        public static List<Path> defaultReportDirectories(Path buildDirectory) {
            Path build = buildDirectory == null ? Path.of("target") : buildDirectory;
            return List.of(build.resolve("surefire-reports"), build.resolve("failsafe-reports"));
        }
    }

    public GuardRequest {
        Objects.requireNonNull(context, "context");
        pin = pin == null ? Pin.NONE : pin;
        runtime = runtime == null ? RuntimeSwitch.DEFAULT : runtime;
        boundary = boundary == null ? Boundary.NONE : boundary;
        fallback = fallback == null ? Fallback.NONE : fallback;
    }

    /** This request without the pin-unchanged check (the verdict's project has no integration pin). */
    public GuardRequest withoutPin() {
        return new GuardRequest(context, new Pin(null, pin.pinBaseRef(), pin.pinBaseRefOptional(),
                pin.cutoverApprovalFile()), runtime, boundary, fallback);
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

    @Override
    public String goal() {
        return Guard.GOAL;
    }

    @Override
    public GoalResult run() {
        return Guard.run(this);
    }
}
