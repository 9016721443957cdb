package io.github.cutoverguard.engine.verdict;

/** A GO or NO-GO decision and the reason for it. */
public record Decision(boolean go, String reason) {

    public static Decision go(String reason) {
        return new Decision(true, reason);
    }

    public static Decision noGo(String reason) {
        return new Decision(false, reason);
    }

    /** {@code GO} or {@code NO-GO}. */
    public String label() {
        return go ? "GO" : "NO-GO";
    }

    /** {@code GO (reason)} or {@code NO-GO (reason)}, as the build log prints it. */
    @Override
    public String toString() {
        return label() + " (" + reason + ")";
    }
}
