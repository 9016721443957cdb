package io.github.cutoverguard.engine.markdown;

import io.github.cutoverguard.engine.markdown.MarkdownDocument.ContentLine;
import io.github.cutoverguard.engine.markdown.MarkdownDocument.Kind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MarkdownDocument}: the content lines a reader sees, and where each character of them is written. */
class MarkdownDocumentTest {

    @Test
    void eachCharacterOfAParagraphLineIsLocatedAtItsSourceColumn() {
        ContentLine line = MarkdownDocument.parse("Keep **stock.v5** until `stock.v6` ships\n").lines().get(0);
        assertThat(line.text()).isEqualTo("Keep stock.v5 until stock.v6 ships");
        assertThat(line.kind()).isEqualTo(Kind.PARAGRAPH);
        // "Keep " maps one to one; the emphasis marks move "stock.v5" two columns right
        assertThat(line.column(0)).isEqualTo(1);
        assertThat(line.column(4)).isEqualTo(5);
        assertThat(line.column(5)).isEqualTo(8);
        assertThat(line.column(12)).isEqualTo(15);
        assertThat(line.column(14)).isEqualTo(19);
        // a code span is located where it starts, at its backtick
        assertThat(line.column(20)).isEqualTo(25);
        assertThat(line.column(27)).isEqualTo(25);
        assertThat(line.column(29)).isEqualTo(36);
        // past the end: just after the last character
        assertThat(line.column(line.text().length() + 3)).isEqualTo(41);
    }

    @Test
    void onlyTheCharactersOfACodeSpanAreCode() {
        ContentLine line = MarkdownDocument.parse("Keep **stock.v5** until `stock.v6` ships\n").lines().get(0);
        assertThat(line.isCode(19)).isFalse();
        assertThat(line.isCode(20)).isTrue();
        assertThat(line.isCode(27)).isTrue();
        assertThat(line.isCode(28)).isFalse();
        assertThat(line.isCode(line.text().length())).isFalse();
    }

    @Test
    void tableRowsAreContentLinesHeaderFirst() {
        MarkdownDocument document = MarkdownDocument.parse("""
                # Inventory contracts

                | Consumer | Contract |
                |----------|----------|
                | storefront | stock.v5 |
                """);
        assertThat(document.lines()).extracting(ContentLine::line, ContentLine::kind, ContentLine::text).containsExactly(
                Tuple.tuple(1, Kind.HEADING, "Inventory contracts"),
                Tuple.tuple(3, Kind.TABLE_ROW, "| Consumer | Contract |"),
                Tuple.tuple(5, Kind.TABLE_ROW, "| storefront | stock.v5 |"));
        assertThat(document.tables()).singleElement().satisfies(t -> {
            assertThat(t.header().line()).isEqualTo(3);
            assertThat(t.header().texts()).containsExactly("Consumer", "Contract");
            assertThat(t.rows()).extracting(MarkdownDocument.Row::line).containsExactly(5);
        });
    }
}
