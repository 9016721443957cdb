package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.parity.VerifyParityRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * Checks that every mirror of the canonical contract pack is byte-identical to it: reports each
 * file missing from a mirror ({@code PARITY-MISSING}), each extra file in a mirror
 * ({@code PARITY-EXTRA}) and each differing file with both SHA-256s ({@code PARITY-DIFFERENT}), all
 * in one run. Files are hashed as streams, in parallel; symbolic links leaving a tree are never
 * followed. {@code <baseline>} is optional for this goal (it is only copied into the report).
 */
@Mojo(name = VerifyParity.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyParityMojo extends AbstractBaselineMojo implements VerdictGoal {

    /**
     * The canonical contract pack: the directory the mirrors must copy, e.g.
     * {@code contracts/integration/v1}. Required by this goal.
     */
    @Parameter(property = "cutover.canonicalDirectory")
    private File canonicalDirectory;

    /**
     * The directories that must hold byte-identical copies of the canonical pack, e.g.
     * {@code <mirrors><mirror>components/api/contracts</mirror></mirrors>}. At least one is required.
     */
    @Parameter
    private List<File> mirrors;

    /**
     * Globs selecting the compared files, relative to each root with {@code /} separators; default
     * {@code **}{@code /*.json}, which also matches top-level files. A file extension matches whatever its case
     * ({@code extra-policy.JSON} too). Example:
     * {@code <includes><include>**}{@code /*.json</include><include>**}{@code /*.yaml</include></includes>}.
     */
    @Parameter
    private List<String> includes;

    /**
     * Globs of files left out of the comparison on every side; default none. Example:
     * {@code <excludes><exclude>drafts/</exclude></excludes>} (a trailing {@code /} means everything below).
     */
    @Parameter
    private List<String> excludes;

    /**
     * Whether an absent mirror directory is only a {@code FILE-MISSING} warning instead of an error
     * (default {@code false}); a mirror that exists but is not a directory is always an error.
     */
    @Parameter(property = "cutover.allowMissingMirrors", defaultValue = "false")
    private boolean allowMissingMirrors;

    /**
     * How many files are hashed at the same time; default: the number of available processors.
     * Each thread uses one fixed 64 KiB buffer, so memory does not grow with file sizes.
     */
    @Parameter(property = "cutover.parityThreads")
    private Integer parityThreads;

    public VerifyParityMojo() {
        super(BuildOutcome.Conclusion.WAIVED, BaselineUse.OPTIONAL);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.conclude(request().run());
    }

    /** Why {@code verdict} does not run this goal, or {@code null} when its inputs are configured. */
    @Override
    public String notConfigured() {
        return canonicalDirectory == null ? "no canonicalDirectory configured" : null;
    }

    /**
     * The engine request for these parameters: the one place they are read, by this goal and by
     * {@code verdict}; misconfiguration is an execution error.
     */
    @Override
    public VerifyParityRequest request() throws MojoExecutionException {
        if (canonicalDirectory == null) {
            throw new MojoExecutionException("verify-parity needs <canonicalDirectory> (or -Dcutover.canonicalDirectory=…): "
                    + "the canonical contract pack the mirrors must copy");
        }
        List<File> mirrorList = mirrors == null ? List.of() : mirrors.stream().filter(m -> m != null).toList();
        if (mirrorList.isEmpty()) {
            throw new MojoExecutionException("verify-parity needs at least one <mirrors><mirror>…</mirror></mirrors> "
                    + "directory to compare with " + files().display(canonicalDirectory.toPath()));
        }
        int threads = parityThreads == null ? Runtime.getRuntime().availableProcessors() : parityThreads;
        if (threads < 1) {
            throw new MojoExecutionException("parityThreads must be at least 1, was " + threads);
        }
        return new VerifyParityRequest(context(), canonicalDirectory.toPath(),
                mirrorList.stream().map(File::toPath).toList(),
                VerifyParityRequest.selection(includes, excludes), allowMissingMirrors, threads);
    }
}
