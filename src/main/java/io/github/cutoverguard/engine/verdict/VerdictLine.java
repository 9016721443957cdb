package io.github.cutoverguard.engine.verdict;

/**
 * A decision a verdict prints and reports, in the order it prints them: its name in the build's log and
 * {@code verdict.md}, and its member in {@code verdict.json}, JUnit's properties and SARIF's run properties.
 */
public enum VerdictLine {
    /** Whether the rehearsal may go on: every role's checks, the build's gate. */
    REHEARSAL_CONTINUATION("Rehearsal continuation", "rehearsal_continuation"),
    /** Whether the consumer's runtime may move to the approved release (a consumer's). */
    RUNTIME_CUTOVER("Runtime cutover", "runtime_cutover"),
    /** Whether the producer may publish the handoff (a producer's). */
    HANDOFF_PUBLICATION("Handoff publication", "handoff_publication");

    private final String title;
    private final String member;

    VerdictLine(String title, String member) {
        this.title = title;
        this.member = member;
    }

    /** E.g. {@code Handoff publication}. */
    public String title() {
        return title;
    }

    /** E.g. {@code handoff_publication}, as {@code verdict.json} and JUnit's properties name it. */
    public String member() {
        return member;
    }

    /** E.g. {@code handoffPublication}, as SARIF's run properties name it. */
    public String camelCase() {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : member.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
