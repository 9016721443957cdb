package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.Lifecycle;
import io.github.cutoverguard.engine.cutover.LifecycleDisagrees;
import io.github.cutoverguard.engine.json.InputLoader;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** A goal that reads the consumer's integration pin and the joint approval record: {@code guard} and the release goals. */
public abstract class AbstractPinMojo extends AbstractProducerManifestMojo {

    /**
     * The consumer's integration pin (JSON, schema {@code integration-pin.v1}); default
     * {@code config/integration-pin.json}. {@code check-pin} checks it against {@code <baseline>}; {@code guard} requires
     * it to equal its content at {@code pinBaseRef}; {@code repin} moves it, or creates it when it does not exist.
     */
    @Parameter(property = "cutover.pinFile", defaultValue = "${project.basedir}/config/integration-pin.json")
    protected File pinFile;

    /**
     * The joint approval record ({@code cutover-approval.v1}). {@code guard}: in cutover mode, when it holds, a pin
     * changed since {@code pinBaseRef} from its {@code previous_baseline} release to its {@code baseline} release (and
     * nothing else, as {@code repin} writes it) passes; the {@code verdict} requires it for runtime cutover GO.
     * {@code repin}: moving an existing pin needs cutover mode and a record that holds, whose {@code baseline} is
     * {@code <baseline>} and whose {@code previous_baseline} is the current pin. With the pin, it tells where the
     * integration stands (DESIGN §4, "The lifecycle"): a record approving the move from the pin to {@code <baseline>} is
     * the cutover ({@code <mode>} must then be {@code cutover}); a pin that is the record's {@code baseline} is the
     * completed cutover, whose record is history.
     */
    @Parameter(property = "cutover.cutoverApprovalFile")
    protected File cutoverApprovalFile;

    protected AbstractPinMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion, baselineUse);
    }

    /**
     * Fails when {@code <mode>} disagrees with the pin and the approval record: rehearsal mode during an approved move,
     * cutover mode during the rehearsal of a next contract. Without a configured baseline there is nothing to compare.
     */
    @Override
    protected void requireLifecycle(RunContext context) throws LifecycleDisagrees {
        if (pinFile != null && context.baseline().releaseTag() != null) {
            Lifecycle.read(context, new InputLoader(context.files(), context.limits()), pinFile.toPath(), pathOrNull(cutoverApprovalFile))
                    .requireAgreement(context);
        }
    }

    /** The integration pin this goal reads. */
    File pinFile() {
        return pinFile;
    }

    /** The joint approval record, or {@code null}: the verdict's runtime-cutover gate reads it from {@code guard}. */
    File cutoverApprovalFile() {
        return cutoverApprovalFile;
    }
}
