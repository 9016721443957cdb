package io.github.cutoverguard.engine.verdict;

/** A follow-up recorded with the verdict: who does what by when. */
public record FollowUp(String owner, String action, String due) {
}
