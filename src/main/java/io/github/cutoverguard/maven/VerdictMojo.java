package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.json.JsonLimits;
import io.github.cutoverguard.engine.parity.VerifyParityRequest;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.report.JUnitReport;
import io.github.cutoverguard.engine.report.SarifReport;
import io.github.cutoverguard.engine.report.VerdictMarkdown;
import io.github.cutoverguard.engine.report.VerdictReport;
import io.github.cutoverguard.engine.schema.SchemaProblem;
import io.github.cutoverguard.engine.verdict.Verdict;
import io.github.cutoverguard.engine.verdict.VerdictRequest;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The rehearsal session as a build: runs every check whose inputs are configured (check-pin,
 * validate-handoff, verify-parity, check-alignment, check-docs and the guard checks) without stopping at the first
 * breach, decides rehearsal continuation and runtime cutover, writes {@code verdict.json},
 * {@code verdict.md}, JUnit XML and SARIF, and prints both verdicts. Fails the build when rehearsal
 * continuation is NO-GO, or, in cutover mode, when runtime cutover is NO-GO. It takes the other
 * goals' parameters under the same names, so one plugin-level configuration serves them all.
 */
@Mojo(name = "verdict", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerdictMojo extends AbstractHandoffMojo {

    /** The integration pin; {@code check-pin} and the pin-unchanged guard run when it exists. */
    @Parameter(property = "cutover.pinFile", defaultValue = "${project.basedir}/config/integration-pin.json")
    private File pinFile;

    /** As for {@code check-pin}: the Markdown compatibility matrix. */
    @Parameter(property = "cutover.compatibilityMatrixFile")
    private File compatibilityMatrixFile;

    /** As for {@code check-pin}: the error codes the manifest must list exactly. */
    @Parameter
    private List<String> expectedErrorCodes;

    /** As for {@code check-pin}: a local clone of the producer, to resolve the pinned tag. */
    @Parameter(property = "cutover.producerRepository")
    private File producerRepository;

    /** As for {@code check-pin}: the pattern release tags must match. */
    @Parameter(property = "cutover.releaseTagPattern", defaultValue = "^v\\d+\\.\\d+\\.\\d+$")
    private String releaseTagPattern;

    /** As for {@code validate-handoff}: a schema replacing the bundled one. */
    @Parameter(property = "cutover.schemaFile")
    private File schemaFile;

    /** As for {@code validate-handoff}: the minimum overlap in days. */
    @Parameter(property = "cutover.minimumOverlapDays")
    private Integer minimumOverlapDays;

    /** As for {@code validate-handoff}: fail with HANDOFF-STALE when the candidate drifted from the manifest. */
    @Parameter(property = "cutover.checkStale", defaultValue = "false")
    private boolean checkStale;

    /** As for {@code verify-parity}: the canonical contract pack; parity runs when it is set. */
    @Parameter(property = "cutover.canonicalDirectory")
    private File canonicalDirectory;

    /** As for {@code verify-parity}: the mirrors. */
    @Parameter
    private List<File> mirrors;

    /** As for {@code verify-parity}: globs of compared files (default {@code **}{@code /*.json}). */
    @Parameter
    private List<String> includes;

    /** As for {@code verify-parity}: globs left out. */
    @Parameter
    private List<String> excludes;

    /** As for {@code verify-parity}: a missing mirror is only a warning. */
    @Parameter(property = "cutover.allowMissingMirrors", defaultValue = "false")
    private boolean allowMissingMirrors;

    /** As for {@code verify-parity}: files hashed in parallel; default the number of processors. */
    @Parameter(property = "cutover.parityThreads")
    private Integer parityThreads;

    /** As for {@code check-alignment}: the producer's OpenAPI description; the alignment check runs when set. */
    @Parameter(property = "cutover.openApiFile")
    private File openApiFile;

    /** As for {@code check-alignment}: the service-contract source of truth. */
    @Parameter(property = "cutover.sourceOfTruthFile")
    private File sourceOfTruthFile;

    /** As for {@code check-alignment}: the contract schemas that must carry an {@code $id}. */
    @Parameter(property = "cutover.contractSchemasDirectory")
    private File contractSchemasDirectory;

    /** As for {@code check-alignment}: the component schema of the error envelope. */
    @Parameter(property = "cutover.errorEnvelopeSchema")
    private String errorEnvelopeSchema;

    /** As for {@code check-alignment}: operations that must declare enveloped 4xx/5xx responses. */
    @Parameter
    private List<String> errorResponseOperations;

    /** As for {@code check-docs}: governance documents; the check runs when set. */
    @Parameter
    private List<Document> documents;

    /** As for {@code guard}: the ref the pin is compared with (default {@code origin/$GITHUB_BASE_REF}, else {@code origin/main}). */
    @Parameter(property = "cutover.pinBaseRef")
    private String pinBaseRef;

    /** As for {@code guard}: an uncomparable base is only a warning. */
    @Parameter(property = "cutover.pinBaseRefOptional", defaultValue = "false")
    private boolean pinBaseRefOptional;

    /** As for {@code guard}: runtime configuration checked in rehearsal mode. */
    @Parameter
    private List<String> runtimeConfigIncludes;

    /** As for {@code guard}: runtime configuration left out. */
    @Parameter
    private List<String> runtimeConfigExcludes;

    /** As for {@code guard}: regular expressions runtime configuration must not match. */
    @Parameter
    private List<String> forbiddenRuntimePatterns;

    /** As for {@code guard}: producer endpoints allowed only in adapter files; the boundary check runs when set. */
    @Parameter
    private List<String> boundaryEndpoints;

    /** As for {@code guard}: the adapter files. */
    @Parameter
    private List<String> adapterFiles;

    /** As for {@code guard}: the sources searched for endpoints. */
    @Parameter
    private List<String> boundarySourceIncludes;

    /** As for {@code guard}: fallback tests that must have run and passed; the fallback check runs when set. */
    @Parameter
    private List<String> fallbackTests;

    /** As for {@code guard}: Surefire/Failsafe report directories. */
    @Parameter
    private List<File> testReportDirectories;

    /** The build directory, for the default report directories. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /** The joint approval record ({@code cutover-approval.v1}); required for runtime cutover GO in cutover mode. */
    @Parameter(property = "cutover.cutoverApprovalFile")
    private File cutoverApprovalFile;

    /** Risks the team records for the session, written to {@code verdict.md} with the breaches found. */
    @Parameter
    private List<String> risks;

    /** Follow-ups: {@code <followUp><owner/><action/><due/></followUp>}. */
    @Parameter
    private List<FollowUp> followUps;

    /**
     * Narrows the goals the verdict runs, e.g. {@code <verdictCheck>check-pin</verdictCheck>}; one of
     * {@code check-pin}, {@code validate-handoff}, {@code verify-parity}, {@code check-alignment},
     * {@code check-docs}, {@code guard}.
     * Default: every goal whose inputs are configured.
     */
    @Parameter
    private List<String> verdictChecks;

    /** The plugin's version, named in the SARIF report. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected String goal() {
        return Verdict.GOAL;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        VerdictResult verdict;
        try {
            verdict = new Verdict(Clock.systemUTC()).run(request());
        } catch (SchemaProblem | IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid verdict configuration: " + e.getMessage());
        }
        Path dir = reportDirectory.toPath();
        try {
            VerdictReport.write(verdict, dir);
            VerdictMarkdown.write(verdict, dir);
            JUnitReport.write(verdict, dir);
            SarifReport.write(verdict, pluginVersion == null ? "unknown" : pluginVersion, dir);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the verdict reports to " + dir + ": " + e.getMessage(), e);
        }
        logBreaches(failOnBreach ? verdict.breaches()
                : verdict.breaches().stream().map(b -> b.withSeverity(io.github.cutoverguard.engine.Severity.WARNING)).toList());
        getLog().info("Reports: " + files().display(dir.resolve("verdict.md")) + ", verdict.json, "
                + JUnitReport.FILE_NAME + ", " + SarifReport.FILE_NAME);
        getLog().info("Rehearsal continuation: " + verdict.rehearsalContinuation().label() + " ("
                + verdict.rehearsalContinuation().reason() + ")");
        getLog().info("Runtime cutover: " + verdict.runtimeCutover().label() + " (" + verdict.runtimeCutover().reason() + ")");
        boolean cutoverRefused = verdict.mode() == Mode.CUTOVER && !verdict.runtimeCutover().go();
        if (failOnBreach && (!verdict.rehearsalContinuation().go() || cutoverRefused)) {
            throw new MojoFailureException("verdict: " + (verdict.rehearsalContinuation().go()
                    ? "Runtime cutover NO-GO: " + verdict.runtimeCutover().reason()
                    : "Rehearsal continuation NO-GO: " + verdict.rehearsalContinuation().reason()));
        }
    }

    private VerdictRequest request() throws MojoExecutionException {
        Mode parsed = parsedMode();
        Baseline base = requiredBaseline();
        JsonLimits limits = limits();
        Set<String> wanted = verdictChecks == null ? Set.of() : Set.copyOf(verdictChecks);
        boolean pinExists = pinFile != null && pinFile.isFile();
        CheckPinRequest pin = runs("check-pin", wanted) && pinExists
                ? new CheckPinRequest(files(), pinFile.toPath(), pathOrNull(producerManifestFile),
                        pathOrNull(compatibilityMatrixFile), expectedErrorCodes, pathOrNull(producerRepository),
                        CheckPinMojo.compileTagPattern(releaseTagPattern), base, targetServiceContract, parsed, limits)
                : null;
        ValidateHandoffRequest handoff = runs("validate-handoff", wanted) && handoffFile != null
                ? new ValidateHandoffRequest(files(), handoffFile.toPath(), pathOrNull(schemaFile),
                        pathOrNull(producerManifestFile), requiredConsumerChecks, requiredProducerChecks, minimumOverlapDays,
                        envelopeRequires, envelopeForbids, stableEnvelopeRequires, stableEnvelopeForbids, base,
                        targetServiceContract, parsed, limits, checkStale ? handoffSettings() : null)
                : null;
        VerifyParityRequest parity = runs("verify-parity", wanted) && canonicalDirectory != null
                ? VerifyParityMojo.request(files(), canonicalDirectory, mirrors, includes, excludes, allowMissingMirrors,
                        parityThreads, base, targetServiceContract, parsed)
                : null;
        CheckAlignmentRequest alignment = runs("check-alignment", wanted) && openApiFile != null
                ? new CheckAlignmentRequest(files(), openApiFile.toPath(), pathOrNull(producerManifestFile),
                        pathOrNull(sourceOfTruthFile), pathOrNull(contractSchemasDirectory), errorEnvelopeSchema,
                        envelopeRequires, envelopeForbids, errorResponseOperations, base, targetServiceContract, parsed, limits)
                : null;
        CheckDocs.Request docs = runs("check-docs", wanted) && documents != null && !documents.isEmpty()
                ? new CheckDocs.Request(files(), CheckDocsMojo.specs(documents, basedir), base, parsed, limits)
                : null;
        GuardRequest guard = runs("guard", wanted)
                ? new GuardRequest(files(), pinExists ? pinFile.toPath() : null,
                        GuardMojo.defaultBaseRef(pinBaseRef, System.getenv("GITHUB_BASE_REF")), pinBaseRefOptional,
                        parsed == Mode.REHEARSAL, targetServiceContract, GuardRequest.compilePatterns(forbiddenRuntimePatterns),
                        runtimeConfigIncludes, runtimeConfigExcludes, boundaryEndpoints, adapterFiles, boundarySourceIncludes,
                        fallbackTests, GuardMojo.reportDirectories(testReportDirectories, buildDirectory), parsed, base, limits)
                : null;
        return new VerdictRequest(files(), parsed, base, targetServiceContract, limits, pin, handoff, parity, alignment, docs, guard,
                pathOrNull(cutoverApprovalFile), risks,
                followUps == null ? List.of() : followUps.stream().filter(FollowUp::complete).map(FollowUp::toFollowUp).toList());
    }

    private static boolean runs(String goal, Set<String> wanted) {
        return wanted.isEmpty() || wanted.contains(goal);
    }
}
