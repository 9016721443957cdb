package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import org.apache.maven.plugin.MojoExecutionException;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <baseline>} POM configuration: the approved producer release the runtime is pinned to.
 *
 * <pre>
 * &lt;baseline&gt;
 *   &lt;releaseTag&gt;v7.4.0&lt;/releaseTag&gt;
 *   &lt;commitSha&gt;cf331449e1589581a5dcbb3adecd3e9ae4509277&lt;/commitSha&gt;
 *   &lt;serviceContract&gt;billing.v7&lt;/serviceContract&gt;
 *   &lt;apiContract&gt;api.v1&lt;/apiContract&gt;
 *   &lt;integrationBaseline&gt;integration/v1&lt;/integrationBaseline&gt;
 * &lt;/baseline&gt;
 * </pre>
 */
public class BaselineParameter {

    /** The approved producer release tag, e.g. {@code v7.4.0}. */
    private String releaseTag;

    /** The full commit SHA the release tag points at (40 or 64 lowercase hex characters). */
    private String commitSha;

    /** The service contract version of the approved release, e.g. {@code billing.v7}. */
    private String serviceContract;

    /** The API contract version of the approved release, e.g. {@code api.v1}. */
    private String apiContract;

    /** The integration baseline of the approved release, e.g. {@code integration/v1}. */
    private String integrationBaseline;

    public BaselineParameter() {
    }

    BaselineParameter(String releaseTag, String commitSha, String serviceContract, String apiContract,
                      String integrationBaseline) {
        this.releaseTag = releaseTag;
        this.commitSha = commitSha;
        this.serviceContract = serviceContract;
        this.apiContract = apiContract;
        this.integrationBaseline = integrationBaseline;
    }

    /** The engine's view of this configuration, with blank values as absent. */
    Baseline toBaseline() {
        return new Baseline(trim(releaseTag), trim(commitSha), trim(serviceContract), trim(apiContract),
                trim(integrationBaseline));
    }

    /** The configured baseline with all five fields, else a configuration error naming the missing ones. */
    static Baseline required(BaselineParameter configured) throws MojoExecutionException {
        Baseline b = configured == null ? Baseline.NONE : configured.toBaseline();
        List<String> missing = new ArrayList<>();
        addIfNull(missing, b.releaseTag(), "releaseTag");
        addIfNull(missing, b.commitSha(), "commitSha");
        addIfNull(missing, b.serviceContract(), "serviceContract");
        addIfNull(missing, b.apiContract(), "apiContract");
        addIfNull(missing, b.integrationBaseline(), "integrationBaseline");
        if (!missing.isEmpty()) {
            throw new MojoExecutionException("<baseline> is incomplete: set " + String.join(", ", missing)
                    + " in the plugin configuration (the approved producer release the pin must match)");
        }
        return b;
    }

    private static void addIfNull(List<String> missing, String value, String name) {
        if (value == null) {
            missing.add(name);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
