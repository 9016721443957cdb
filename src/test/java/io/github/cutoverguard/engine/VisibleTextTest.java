package io.github.cutoverguard.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #24: "non-empty" means a visible character under Unicode. */
class VisibleTextTest {

    @Test
    void invisibleTextNamesNobody() {
        for (String invisible : new String[] {null, "", " ", "\t\n", "\u200b", "\u200b\u200c\u200d\u2060", "\ufeff",
                "\u00a0\u2007\u3000", "\u3164", "\u115f\u1160", "\uffa0", "\u2800", "\u0301", "\ufe0f", "\u202e"}) {
            assertThat(VisibleText.hasVisible(invisible)).as(String.valueOf(invisible)).isFalse();
        }
    }

    @Test
    void visibleTextIsSeen() {
        for (String visible : new String[] {"a", " invoicing-team ", "\u200bx", "Ünal", "李", "-", "1"}) {
            assertThat(VisibleText.hasVisible(visible)).as(visible).isTrue();
        }
    }

    @Test
    void identityIgnoresWhatAReaderCannotTellApart() {
        assertThat(VisibleText.identity(" Ana  Lima\u200b ")).isEqualTo("ana lima");
        assertThat(VisibleText.identity("\uff41na lima")).isEqualTo("ana lima");
        assertThat(VisibleText.identity("ana.lima")).isNotEqualTo(VisibleText.identity("ana lima"));
        assertThat(VisibleText.identity(null)).isEmpty();
    }

    @Test
    void escapeShowsWhatAReaderCannotSeeAndKeepsTheRest() {
        assertThat(VisibleText.escape("v5.2.0\u200b")).isEqualTo("v5.2.0\\u200b");
        assertThat(VisibleText.escape("owner\n")).isEqualTo("owner\\n");
        assertThat(VisibleText.escape("a\r\tb\u0000\u0085\u00a0\u3000\u202e\u2066\ufeff\u2028\u3164"))
                .isEqualTo("a\\r\\tb\\u0000\\u0085\\u00a0\\u3000\\u202e\\u2066\\ufeff\\u2028\\u3164");
        assertThat(VisibleText.escape("\ud800x\udb40\udd00")).isEqualTo("\\ud800x\\udb40\\udd00");
        // visible text, combining marks and the ASCII space are kept as written; escaping twice changes nothing
        for (String kept : new String[] {"stock.v6 \u00dcnal \u674e", "Ana Lima\u0301", "^v\\d+$", ""}) {
            assertThat(VisibleText.escape(kept)).isSameAs(kept);
        }
        assertThat(VisibleText.escape(VisibleText.escape("x\u200by"))).isEqualTo("x\\u200by");
        assertThat(VisibleText.escape(null)).isNull();
    }

    @Test
    void escapeKeepingLinesKeepsTheLineBreaksOfADiff() {
        assertThat(VisibleText.escapeKeepingLines("-a\u200b\r\n+a\n")).isEqualTo("-a\\u200b\\r\n+a\n");
    }
}
