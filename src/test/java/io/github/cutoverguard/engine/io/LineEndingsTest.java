package io.github.cutoverguard.engine.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LineEndingsTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertThat(LineEndings.toLf(b("a\r\nb\rc\n\r\n"))).isEqualTo(b("a\nb\nc\n\n"));
        assertThat(LineEndings.toLf(b("no endings"))).isEqualTo(b("no endings"));
        assertThat(LineEndings.toLf(b("ends in cr\r"))).isEqualTo(b("ends in cr\n"));
    }

    @Test
    void onlyLineEndingsDifferIsTrueOnlyForADifferenceInLineEndings() {
        assertThat(LineEndings.onlyLineEndingsDiffer(b("{\r\n  \"a\": 1\r\n}\r\n"), b("{\n  \"a\": 1\n}\n"))).isTrue();
        assertThat(LineEndings.onlyLineEndingsDiffer(b("{\n}\n"), b("{\n}\n"))).isFalse();
        assertThat(LineEndings.onlyLineEndingsDiffer(b("{\r\n\"a\": 1}\r\n"), b("{\n\"a\": 2}\n"))).isFalse();
    }

    @Test
    void theNameAndTheFixSayWhatToDo() {
        assertThat(LineEndings.name(b("a\r\n"))).isEqualTo("CRLF");
        assertThat(LineEndings.name(b("a\n"))).isEqualTo("LF");
        assertThat(LineEndings.hasCr(b("x"))).isFalse();
        assertThat(LineEndings.fix("config/pin.json")).isEqualTo("only the line endings differ (git's core.autocrlf "
                + "converts them on checkout): add 'config/pin.json -text' to .gitattributes, delete the file and run "
                + "git checkout -- config/pin.json so git writes it byte-for-byte");
    }
}
