package io.github.cutoverguard.engine.schema;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON Schema patterns keep their ECMA-262 meaning on the JDK's engine. */
class EcmaPatternTest {

    private static boolean finds(String ecma, String value) {
        return Pattern.compile(EcmaPattern.toJava(ecma)).matcher(value).find();
    }

    @Test
    void dollarIsTheEndOfTheValueNeverBeforeAFinalLineBreak() {
        assertThat(finds("^[a-z_]+$", "legacy_error")).isTrue();
        for (String ending : new String[] {"\n", "\r\n", "\r", "\u0085", "\u2028"}) {
            assertThat(finds("^[a-z_]+$", "legacy_error" + ending)).as(ending).isFalse();
        }
        assertThat(finds("Z$", "2026-02-08T11:29:52Z\n")).isFalse();
        assertThat(finds("a\\$", "a$")).isTrue();
        assertThat(finds("[$]", "$")).isTrue();
    }

    @Test
    void whiteSpaceIsEcma262sWhiteSpace() {
        for (String space : new String[] {" ", "\t", "\u00a0", "\u3000", "\u2003", "\ufeff", "\u2028"}) {
            assertThat(finds("\\S", space)).as("\\S on U+%04x", (int) space.charAt(0)).isFalse();
            assertThat(finds("^\\s$", space)).isTrue();
            assertThat(finds("^[\\s]$", space)).isTrue();
            assertThat(finds("^[^\\S]$", space)).isTrue();
        }
        assertThat(finds("\\S", "\u200b")).isTrue();
        assertThat(finds("^[\\Sx]+$", "ab x")).isFalse();
    }

    @Test
    void dotStopsAtEcma262sLineTerminatorsOnly() {
        assertThat(finds("^.$", "\u0085")).isTrue();
        assertThat(finds("^.$", "\n")).isFalse();
        assertThat(finds("^.$", "\u2029")).isFalse();
        assertThat(finds("^.$", "\uD83D\uDE00")).isTrue();
    }

    @Test
    void classesEndAtTheirFirstBracketAndHoldBracketsAndAmpersandsLiterally() {
        assertThat(finds("^[[]$", "[")).isTrue();
        assertThat(finds("^[a&&b]+$", "a&b")).isTrue();
        assertThat(finds("[]", "anything")).isFalse();
        assertThat(finds("^[^]$", "\n")).isTrue();
        assertThat(finds("^[\\]]$", "]")).isTrue();
        assertThat(finds("^[\\b]$", "\b")).isTrue();
        assertThat(finds("^[^a]$", "[")).isTrue();
        assertThat(finds("^[^a]$", "^")).isTrue();
        assertThat(finds("^[^a]$", "a")).isFalse();
    }

    @Test
    void escapesOnlyEcma262HasKeepTheirMeaning() {
        assertThat(finds("^\\v$", "\u000b")).isTrue();
        assertThat(finds("^\\v$", "\n")).isFalse();
        assertThat(finds("^\\0$", "\0")).isTrue();
        assertThat(finds("\\0", "stock\0")).isTrue();
        assertThat(finds("^\\u{1F600}$", "\uD83D\uDE00")).isTrue();
        assertThat(finds("^\\u00e9$", "\u00e9")).isTrue();
        assertThat(finds("\\bstock\\b", "a stock item")).isTrue();
    }

    @Test
    void aPatternEcma262RefusesIsRefusedAndNamedAsWritten() {
        for (String broken : new String[] {"[a-z", "[", "[^", "[a\\", "stock\\", "\\u", "\\u{1F600", "(a"}) {
            assertThatThrownBy(() -> new BoundedRegularExpressions().getRegularExpression(broken)).as(broken)
                    .isInstanceOf(PatternSyntaxException.class)
                    .satisfies(e -> assertThat(((PatternSyntaxException) e).getPattern()).isEqualTo(broken));
        }
        assertThat(new BoundedRegularExpressions().getRegularExpression("^stock_v[0-9]+$").matches("stock_v6")).isTrue();
        assertThat(new BoundedRegularExpressions().getRegularExpression("^stock_v[0-9]+$").matches("stock_v6\n")).isFalse();
        assertThat(EcmaPattern.toJava("\\01")).isEqualTo("\\01");
    }

    @Test
    void thePatternsTheTwoReadAlikeAreKeptAsWritten() {
        assertThat(EcmaPattern.toJava("^(?:[a-z0-9]+_)+v[0-9]+_[a-z_]+")).isEqualTo("^(?:[a-z0-9]+_)+v[0-9]+_[a-z_]+");
        assertThat(EcmaPattern.toJava("(?<x>a)\\k<x>\\d\\w\\.")).isEqualTo("(?<x>a)\\k<x>\\d\\w\\.");
    }
}
