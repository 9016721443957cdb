package io.github.cutoverguard.engine.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UnifiedDiff}: headers, three lines of context, the first changed line, and the cut after 60 lines. */
class UnifiedDiffTest {

    private static UnifiedDiff diff(String from, String to) {
        return UnifiedDiff.of("pin.json (origin/main)", from.getBytes(StandardCharsets.UTF_8), "pin.json (working tree)",
                to.getBytes(StandardCharsets.UTF_8));
    }

    private static String lines(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i + "\n").collect(Collectors.joining());
    }

    @Test
    void oneChangedLineWithThreeLinesOfContext() {
        UnifiedDiff diff = diff(lines("a", 9), lines("a", 9).replace("a5\n", "b5\n"));
        assertThat(diff.firstLine()).isEqualTo(5);
        assertThat(diff.text()).isEqualTo("""
                --- pin.json (origin/main)
                +++ pin.json (working tree)
                @@ -2,7 +2,7 @@
                 a2
                 a3
                 a4
                -a5
                +b5
                 a6
                 a7
                 a8
                """);
    }

    @Test
    void equalTextsHaveNoHunkAndNoFirstLine() {
        UnifiedDiff diff = diff("same\n", "same\n");
        assertThat(diff.firstLine()).isZero();
        assertThat(diff.text()).isEqualTo("--- pin.json (origin/main)\n+++ pin.json (working tree)\n\n");
    }

    @Test
    void aDeletedLastLinePointsAtTheLastLineLeft() {
        assertThat(diff("a\nb\nc\n", "a\nb\n").firstLine()).isEqualTo(2);
        assertThat(diff("a\n", "").firstLine()).isEqualTo(1);
    }

    @Test
    void diffsAreCutAfter60LinesWithTheRestCounted() {
        // a hunk header, 30 removed and 29 added lines: exactly 60 lines
        String exact = diff(lines("a", 30), lines("b", 29)).text();
        assertThat(exact.lines()).hasSize(62).last().isEqualTo("+b29");

        String longer = diff(lines("a", 30), lines("b", 30)).text();
        assertThat(longer.lines()).hasSize(63);
        assertThat(longer).endsWith("\n+b29\n… (1 more diff lines)\n");

        assertThat(diff(lines("a", 100), lines("b", 100)).text()).endsWith("\n… (141 more diff lines)\n");
    }
}
