package io.github.cutoverguard.engine.testing;

/**
 * The contract manifests of an {@code inventory-service} producer for tests (issue #29): a released manifest names its
 * {@code commit_sha}; a prepared one, the next release's while it is prepared, is the same object without it.
 */
public final class InventoryManifests {

    private InventoryManifests() {
    }

    /** A released manifest of {@code tag} on {@code contract} from commit {@code commitSha}. */
    public static String released(String tag, String commitSha, String contract) {
        return manifest(tag, commitSha, contract);
    }

    /** The prepared manifest of the coming {@code tag} on {@code contract}: no {@code commit_sha}. */
    public static String prepared(String tag, String contract) {
        return manifest(tag, null, contract);
    }

    private static String manifest(String tag, String commitSha, String contract) {
        return "{\n"
                + "  \"manifest_contract_version\": \"producer-contract-manifest.v1\",\n"
                + "  \"release_tag\": \"" + tag + "\",\n"
                + (commitSha == null ? "" : "  \"commit_sha\": \"" + commitSha + "\",\n")
                + "  \"expected_service_contract_version\": \"" + contract + "\",\n"
                + "  \"expected_api_contract_version\": \"stock-api.v2\",\n"
                + "  \"integration_baseline\": \"inventory/v1\",\n"
                + "  \"error_code_enum\": [\"sku_unknown\", \"internal_error\"],\n"
                + "  \"stability_window\": {\"minimum_sprint_days\": 14}\n"
                + "}\n";
    }
}
