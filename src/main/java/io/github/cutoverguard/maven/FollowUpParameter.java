package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.verdict.FollowUp;

import java.util.List;

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

    /** The follow-ups that name an owner and an action, for the engine; {@code null} is none. */
    static List<FollowUp> complete(List<FollowUpParameter> configured) {
        return configured == null ? List.of() : configured.stream()
                .filter(f -> f != null && f.owner != null && !f.owner.isBlank() && f.action != null && !f.action.isBlank())
                .map(f -> new FollowUp(f.owner, f.action, f.due)).toList();
    }
}
