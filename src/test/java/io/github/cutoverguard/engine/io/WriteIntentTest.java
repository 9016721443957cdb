package io.github.cutoverguard.engine.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an interrupted group write ends, decided from what its files hold now. */
class WriteIntentTest {

    private static final String OLD_PIN = sha("stock.v5 pin");
    private static final String NEW_PIN = sha("stock.v6 pin");
    private static final String NEW_MATRIX = sha("matrix with v6.0.0");
    private static final String RECORD = ".git/cutover-guardrails/write-intent-0123.properties";

    private final WriteIntent.Entry pin = new WriteIntent.Entry(Path.of("config/integration-pin.json"),
            Path.of("config/.integration-pin.json.1a.tmp"), OLD_PIN, NEW_PIN);
    private final WriteIntent.Entry matrix = new WriteIntent.Entry(Path.of("docs/COMPATIBILITY_MATRIX.md"),
            Path.of("docs/.COMPATIBILITY_MATRIX.md.2b.tmp"), null, NEW_MATRIX);
    private final WriteIntent intent = new WriteIntent("repin", List.of(pin, matrix));

    private static String sha(String text) {
        return WriteIntent.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyUnchangedFileStagedRollsForward() throws Exception {
        assertThat(intent.decide(List.of(new WriteIntent.Found(pin, NEW_PIN, false),
                new WriteIntent.Found(matrix, null, true)), RECORD)).isEqualTo(WriteIntent.Recovery.ROLL_FORWARD);
        assertThat(intent.decide(List.of(new WriteIntent.Found(pin, OLD_PIN, true),
                new WriteIntent.Found(matrix, null, true)), RECORD)).isEqualTo(WriteIntent.Recovery.ROLL_FORWARD);
    }

    @Test
    void aNewContentNotStagedBeforeAnyFileChangedRollsBack() throws Exception {
        assertThat(intent.decide(List.of(new WriteIntent.Found(pin, OLD_PIN, true),
                new WriteIntent.Found(matrix, null, false)), RECORD)).isEqualTo(WriteIntent.Recovery.ROLL_BACK);
    }

    @Test
    void aFileChangedSinceIsRefusedNamingTheFileAndTheRecord() {
        assertThatThrownBy(() -> intent.decide(List.of(new WriteIntent.Found(pin, sha("edited by hand"), true),
                new WriteIntent.Found(matrix, null, true)), RECORD))
                .isInstanceOf(WriteIntent.Refused.class)
                .hasMessage("repin was interrupted (" + RECORD + ") and config/integration-pin.json changed since: it "
                        + "holds neither its content before repin nor what repin wrote. Nothing was touched: check the "
                        + "file, restore it (e.g. git checkout), then delete " + RECORD);
        assertThatThrownBy(() -> intent.decide(List.of(new WriteIntent.Found(pin, null, true),
                new WriteIntent.Found(matrix, null, true)), RECORD))
                .isInstanceOf(WriteIntent.Refused.class).hasMessageContaining("config/integration-pin.json (deleted) changed since");
    }

    @Test
    void aWriteThatCanBeNeitherFinishedNorUndoneIsRefused() {
        assertThatThrownBy(() -> intent.decide(List.of(new WriteIntent.Found(pin, NEW_PIN, false),
                new WriteIntent.Found(matrix, null, false)), RECORD))
                .isInstanceOf(WriteIntent.Refused.class)
                .hasMessage("repin was interrupted (" + RECORD + ") after some files changed, and the new content of "
                        + "docs/COMPATIBILITY_MATRIX.md is no longer staged. Nothing was touched: restore the files "
                        + "(e.g. git checkout), delete " + RECORD + " and run repin again");
    }

    @Test
    void theRecordReadsBackAsWritten() {
        assertThat(WriteIntent.parse(intent.toBytes(), RECORD)).isEqualTo(intent);
    }

    @Test
    void aRecordThatIsNotOneIsAnErrorNamingIt() {
        assertThatThrownBy(() -> WriteIntent.parse("operation=repin\nfiles=1\n".getBytes(StandardCharsets.UTF_8), RECORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(RECORD + " is not a record of an interrupted write (no file.0.before in " + RECORD
                        + "); check the files it names, then delete it");
    }
}
