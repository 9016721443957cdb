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
}
