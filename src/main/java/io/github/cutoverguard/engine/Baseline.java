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
}
