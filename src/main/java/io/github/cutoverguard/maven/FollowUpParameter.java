package io.github.cutoverguard.maven;

/**
 * One {@code <followUp>} of the verdict: {@code <owner>}, {@code <action>} and {@code <due>} (a date
 * or any text), written to {@code verdict.md} and {@code verdict.json}.
 */
public class FollowUpParameter {

    /** Who does it, e.g. {@code consumer-team} or a name. */
    private String owner;

    /** What is to be done. */
    private String action;

    /** By when, e.g. {@code 2026-02-15}. */
    private String due;

    public FollowUpParameter() {
    }

    io.github.cutoverguard.engine.verdict.FollowUp toFollowUp() {
        return new io.github.cutoverguard.engine.verdict.FollowUp(owner, action, due);
    }

    boolean complete() {
        return owner != null && !owner.isBlank() && action != null && !action.isBlank();
    }
}
