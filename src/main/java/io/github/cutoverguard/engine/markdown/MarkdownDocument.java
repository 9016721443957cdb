package io.github.cutoverguard.engine.markdown;

import io.github.cutoverguard.engine.input.RawInput;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A Markdown input as CommonMark with GitHub's tables reads it (commonmark-java), parsed once: the lines of content a
 * reader sees, each at its source line, and the document's tables. HTML (comments, HTML blocks, inline HTML), fenced
 * and indented code blocks and images are not content; a code span is (its text, marked as code); emphasis marks,
 * escapes and entities are resolved as they render. A block quote's lines are content, marked as quoted.
 */
public final class MarkdownDocument {

    /** The block a content line is a line of. */
    public enum Kind { PARAGRAPH, HEADING, TABLE_ROW }

    /**
     * Content from one inline node: text as rendered, or a code span's text.
     *
     * @param line         1-based source line where the node starts, {@code 0} when unknown
     * @param column       0-based column in that line, {@code -1} when unknown
     * @param sourceLength how many source characters the node spans ({@code text} maps one to one when equal)
     */
    public record Inline(String text, boolean code, int line, int column, int sourceLength) {
    }

    /**
     * One source line of a paragraph, a heading or a table row, as rendered (a row: {@code | cell | cell |}).
     *
     * @param line       1-based source line
     * @param quoted     inside a block quote
     * @param bulletItem the first line of a bullet list item's first paragraph
     */
    public record ContentLine(int line, Kind kind, boolean quoted, boolean bulletItem, String text, List<Inline> inlines) {

        public ContentLine {
            inlines = List.copyOf(inlines);
        }

        /** The 1-based source column of the character at {@code offset} of {@link #text()}. */
        public int column(int offset) {
            int start = 0;
            for (int i = 0; i < inlines.size(); i++) {
                Inline inline = inlines.get(i);
                int end = start + inline.text().length();
                if (offset < end || i == inlines.size() - 1) {
                    // text that maps one to one onto its source (no escape, entity or code span) gives the exact column
                    boolean exact = inline.text().length() == inline.sourceLength() && !inline.code();
                    return Math.max(inline.column(), 0) + (exact ? Math.min(offset - start, inline.sourceLength()) : 0) + 1;
                }
                start = end;
            }
            return 1;
        }

        /** Whether the character at {@code offset} of {@link #text()} is inside a code span. */
        public boolean isCode(int offset) {
            int start = 0;
            for (Inline inline : inlines) {
                start += inline.text().length();
                if (offset < start) {
                    return inline.code();
                }
            }
            return false;
        }
    }

    /**
     * A table cell: its text as rendered (trimmed), and the source it spans, padding included.
     *
     * @param column 0-based column in the source line
     */
    public record Cell(String text, int column, int length) {
    }

    /** A table row at its 1-based source line. */
    public record Row(int line, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cells' text, as rendered. */
        public List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }

    /** A GitHub table: its header row and body rows ({@code quoted}: inside a block quote). */
    public record Table(boolean quoted, Row header, List<Row> rows) {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    private final List<String> sourceLines;
    private final List<ContentLine> lines = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();

    private MarkdownDocument(String text) {
        this.sourceLines = RawInput.lines(text);
        Node root = parser().parse(text);
        Deque<Node> blocks = new ArrayDeque<>();
        blocks.push(root);
        while (!blocks.isEmpty()) {
            Node block = blocks.pop();
            if (block instanceof Paragraph || block instanceof Heading) {
                leaf(block);
            } else if (block instanceof TableBlock table) {
                table(table);
            } else if (!(block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock
                    || block instanceof HtmlBlock || block instanceof ThematicBreak
                    || block instanceof LinkReferenceDefinition)) {
                pushChildren(block, blocks);
            }
        }
    }

    /** Parses Markdown text (a leading byte order mark is not content). */
    public static MarkdownDocument parse(String text) {
        return new MarkdownDocument(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * The text a Markdown snippet renders to, its content lines joined by line feeds; the snippet itself when it
     * renders to nothing (a comment, a fence).
     */
    public static String contentOf(String snippet) {
        List<String> texts = parse(snippet).lines().stream().map(ContentLine::text).toList();
        String content = String.join("\n", texts).strip();
        return content.isEmpty() ? snippet : content;
    }

    /** The source split at LF, CRLF and CR, as CommonMark splits it (a final line break leaves an empty last line). */
    public List<String> sourceLines() {
        return sourceLines;
    }

    /** Every line of content, in source order. */
    public List<ContentLine> lines() {
        return List.copyOf(lines);
    }

    /** Every table, in source order. */
    public List<Table> tables() {
        return List.copyOf(tables);
    }

    /** Loads the parser's classes by parsing a small table (what {@link io.github.cutoverguard.engine.Preload} does ahead). */
    public static void prepare() {
        parser().parse("| a |\n|---|\n| `b` \\| *c* |\n");
    }

    private static Parser parser() {
        // thread-safe once built, but cheap to build: one per document keeps the engine free of shared state
        return Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    private static void pushChildren(Node node, Deque<Node> stack) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
    }

    private static boolean quoted(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    private void leaf(Node block) {
        Kind kind = block instanceof Heading ? Kind.HEADING : Kind.PARAGRAPH;
        boolean quoted = quoted(block);
        boolean bullet = block.getParent() instanceof ListItem item && item.getParent() instanceof BulletList
                && item.getFirstChild() == block;
        List<SourceSpan> spans = block.getSourceSpans();
        List<List<Inline>> split = inlines(block, true);
        int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
        for (int i = 0; i < split.size(); i++) {
            List<Inline> content = split.get(i);
            line = content.stream().mapToInt(Inline::line).filter(l -> l > 0).findFirst().orElse(line);
            if (!content.isEmpty()) {
                lines.add(new ContentLine(line, kind, quoted, bullet && i == 0, join(content), content));
            }
            line++;
        }
    }

    private void table(TableBlock block) {
        Row header = null;
        List<Row> rows = new ArrayList<>();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                Row read = row(row);
                if (section instanceof TableHead) {
                    header = read;
                } else if (section instanceof TableBody) {
                    rows.add(read);
                }
            }
        }
        boolean quoted = quoted(block);
        for (Row row : header == null ? rows : concat(header, rows)) {
            List<Inline> inlines = new ArrayList<>();
            for (Cell cell : row.cells()) {
                inlines.add(new Inline(inlines.isEmpty() ? "| " : " | ", false, row.line(), cell.column(), 0));
                inlines.add(new Inline(cell.text(), false, row.line(), cell.column(), 0));
            }
            inlines.add(new Inline(" |", false, row.line(), -1, 0));
            lines.add(new ContentLine(row.line(), Kind.TABLE_ROW, quoted, false, join(inlines), inlines));
        }
        tables.add(new Table(quoted, header, rows));
    }

    private static List<Row> concat(Row header, List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        all.add(0, header);
        return all;
    }

    private static Row row(Node row) {
        List<Cell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                List<SourceSpan> spans = cell.getSourceSpans();
                String text = inlines(cell, false).stream().map(MarkdownDocument::join).findFirst().orElse("").strip();
                cells.add(spans.isEmpty() ? new Cell(text, -1, 0)
                        : new Cell(text, spans.get(0).getColumnIndex(), spans.get(0).getLength()));
            }
        }
        List<SourceSpan> spans = row.getSourceSpans();
        return new Row(spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1, cells);
    }

    /** The inline content of {@code block}, split at line breaks when {@code byLine}. */
    private static List<List<Inline>> inlines(Node block, boolean byLine) {
        List<List<Inline>> split = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(block, stack);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Text text) {
                current.add(inline(text.getLiteral(), false, node));
            } else if (node instanceof Code code) {
                current.add(inline(code.getLiteral(), true, node));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                if (byLine) {
                    split.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(new Inline(" ", false, 0, -1, 0));
                }
            } else if (!(node instanceof HtmlInline || node instanceof Image)) {
                pushChildren(node, stack);
            }
        }
        split.add(current);
        return split;
    }

    private static Inline inline(String text, boolean code, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Inline(text, code, 0, -1, 0);
        }
        SourceSpan span = spans.get(0);
        return new Inline(text, code, span.getLineIndex() + 1, span.getColumnIndex(), span.getLength());
    }

    private static String join(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        inlines.forEach(i -> text.append(i.text()));
        return text.toString();
    }
}
