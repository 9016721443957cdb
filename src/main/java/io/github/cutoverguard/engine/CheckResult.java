package io.github.cutoverguard.engine;

import java.util.List;

/**
 * What one check found: its ID (e.g. {@code pin.baseline}), its status, a short detail and its breaches.
 */
public record CheckResult(String id, CheckStatus status, String detail, List<Breach> breaches) {

    public CheckResult {
        breaches = List.copyOf(breaches);
        detail = VisibleText.escape(detail);
    }

    /** A check that ran: failed when it raised an error-level breach that no waiver accepts. */
    public static CheckResult ran(String id, String detail, List<Breach> breaches) {
        boolean failed = breaches.stream().anyMatch(Breach::fails);
        return new CheckResult(id, failed ? CheckStatus.FAIL : CheckStatus.PASS, detail, breaches);
    }

    /** A check that did not run, and why (e.g. "no producerManifestFile configured"). */
    public static CheckResult skipped(String id, String why) {
        return new CheckResult(id, CheckStatus.SKIPPED, why, List.of());
    }
}
