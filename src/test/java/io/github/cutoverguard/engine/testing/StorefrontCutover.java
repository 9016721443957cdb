package io.github.cutoverguard.engine.testing;

/**
 * The files of a {@code storefront} consumer's cutover from {@code inventory} v5.2.0 ({@code stock.v5}) to v6.0.0
 * ({@code stock.v6}), and of its rollback: the joint approval and the rollback record, as the tests of both write them.
 */
public final class StorefrontCutover {

    private StorefrontCutover() {
    }

    /** The approval of the move from v5.2.0 at {@code v5Sha} to v6.0.0 at {@code v6Sha}, approved on 2026-12-01. */
    public static String approval(String v6Sha, String v5Sha) {
        return """
                {"schema_version": "cutover-approval.v1",
                 "baseline": {"release_tag": "v6.0.0", "commit_sha": "%s", "service_contract": "stock.v6",
                              "api_contract": "inventory-api.v2", "integration_baseline": "integration/v3"},
                 "previous_baseline": {"release_tag": "v5.2.0", "commit_sha": "%s"},
                 "approvals": {"producer": {"approved_by": "inventory-owner@example.org", "approved_at_utc": "2026-12-01T09:00:00Z"},
                               "consumer": {"approved_by": "storefront-owner@example.org", "approved_at_utc": "2026-12-01T09:30:00Z"}},
                 "gates": [{"id": "overlap-window-complete", "status": "passed", "evidence": "verdicts all GO"}]}
                """.formatted(v6Sha, v5Sha);
    }

    /** A rollback record ({@code cutover-rollback.v1}) of the approval with {@code approvalSha}, rolled back on 2026-12-07. */
    public static String rollbackRecord(String approvalSha, String fromTag, String fromSha, String toTag, String toSha,
                                        String reason) {
        return """
                {
                  "schema_version": "cutover-rollback.v1",
                  "approval_sha256": "%s",
                  "from": { "release_tag": "%s", "commit_sha": "%s" },
                  "to": { "release_tag": "%s", "commit_sha": "%s" },
                  "rolled_back_at_utc": "2026-12-07T09:00:00Z",
                  "rolled_back_by": "storefront-oncall",
                  "reason": "%s"
                }
                """.formatted(approvalSha, fromTag, fromSha, toTag, toSha, reason);
    }
}
