package io.github.cutoverguard.engine;

/**
 * The approved runtime pin every goal checks against: the producer release (tag and commit SHA)
 * and the contract versions it carries.
 */
public record Baseline(
        String releaseTag,
        String commitSha,
        String serviceContract,
        String apiContract,
        String integrationBaseline) {

    /** No baseline configured: goals that do not compare against one still report what is set. */
    public static final Baseline NONE = new Baseline(null, null, null, null, null);
}
