package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code repin} adds {@code release_tag_commit_sha} to a pin written before it recorded the tag's commit. */
class PinTextTest {

    private static final String CODE = "a".repeat(40);
    private static final String TAGGED = "b".repeat(40);
    private static final String HASH = "c".repeat(64);
    private static final Baseline STOCK = new Baseline("v5.2.0", CODE, "stock.v5", "stock-api.v2", "inventory/v1");

    private static String update(String pin) {
        return new String(PinText.update(pin.getBytes(StandardCharsets.UTF_8), PinText.owned(STOCK, TAGGED, HASH)),
                StandardCharsets.UTF_8);
    }

    private static String pin(String eol, String indent, String colon) {
        return "{" + eol + indent + "\"inventory_repo\"" + colon + "\"https://git.example.org/inventory.git\"," + eol
                + indent + "\"release_tag\"" + colon + "\"v5.2.0\"," + eol
                + indent + "\"commit_sha\"" + colon + "\"" + CODE + "\"," + eol
                + indent + "\"expected_service_contract_version\"" + colon + "\"stock.v5\"," + eol
                + indent + "\"expected_api_contract_version\"" + colon + "\"stock-api.v2\"," + eol
                + indent + "\"expected_integration_baseline\"" + colon + "\"inventory/v1\"," + eol
                + indent + "\"expected_producer_manifest_sha256\"" + colon + "\"" + HASH + "\"," + eol
                + indent + "\"default_timeout_ms\"" + colon + "1500" + eol + "}" + eol;
    }

    @Test
    void theRecordFollowsCommitShaWithItsIndentationSeparatorAndLineEndings() {
        String crlfTabs = pin("\r\n", "\t", " : ");
        assertThat(update(crlfTabs)).isEqualTo(crlfTabs.replace("\"" + CODE + "\",\r\n",
                "\"" + CODE + "\",\r\n\t\"release_tag_commit_sha\" : \"" + TAGGED + "\",\r\n"));
    }

    @Test
    void aOneLinePinStaysOnOneLine() {
        String oneLine = pin("", " ", ":");
        assertThat(update(oneLine)).isEqualTo(oneLine.replace("\"" + CODE + "\",",
                "\"" + CODE + "\", \"release_tag_commit_sha\":\"" + TAGGED + "\","));
    }

    @Test
    void aRecordedCommitIsReplacedInPlace() {
        String recorded = pin("\n", "  ", ": ").replace("\"" + CODE + "\",\n",
                "\"" + CODE + "\",\n  \"release_tag_commit_sha\": \"" + "d".repeat(40) + "\",\n");
        assertThat(update(recorded)).isEqualTo(recorded.replace("d".repeat(40), TAGGED));
    }

    @Test
    void aPinWithoutCommitShaIsRefused() {
        assertThatThrownBy(() -> update(pin("\n", "  ", ": ").replace("\"commit_sha\"", "\"commit\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pin has no commit_sha, release_tag_commit_sha");
    }
}
