package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.markdown.MarkdownDocument;
import io.github.cutoverguard.engine.markdown.MarkdownDocument.ContentLine;
import io.github.cutoverguard.engine.markdown.MarkdownDocument.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consumer's Markdown compatibility matrix as CommonMark with GitHub's tables reads it: its baseline lines (bullet
 * items such as {@code - Billing release tag: `v7.4.0`}) and the body rows of its tables. What an HTML comment, a
 * fenced or indented code block or a block quote holds is not the matrix's.
 */
public final class CompatibilityMatrix {

    /** A bullet line such as {@code - Billing release tag: `v7.4.0`}: the value is its code span's text. */
    public record BaselineLine(int line, String product, String kind, String value) {
    }

    /** A table body row, its cells' text as rendered (trimmed). */
    public record TableRow(int line, List<String> cells) {
    }

    /** The text before a baseline line's code span. */
    private static final Pattern BASELINE_LABEL = Pattern.compile("^\\s*(.+?)\\s+(release tag|commit sha):\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final String displayName;
    private final String content;
    private final List<BaselineLine> baselineLines = new ArrayList<>();
    private final List<TableRow> rows = new ArrayList<>();

    private CompatibilityMatrix(String displayName, MarkdownDocument document) {
        this.displayName = displayName;
        this.content = String.join("\n", document.lines().stream().map(ContentLine::text).toList());
        for (ContentLine line : document.lines()) {
            baselineLine(line).ifPresent(baselineLines::add);
        }
        for (MarkdownDocument.Table table : document.tables()) {
            if (!table.quoted()) {
                table.rows().forEach(row -> rows.add(new TableRow(row.line(), row.texts())));
            }
        }
    }

    /** Reads a matrix from its bytes (UTF-8), parsing them once. */
    public static CompatibilityMatrix of(RawInput input) {
        return new CompatibilityMatrix(input.displayName(), MarkdownDocument.parse(input.text()));
    }

    public String displayName() {
        return displayName;
    }

    /** Bullet lines of one kind: {@code release tag} or {@code commit sha}. */
    public List<BaselineLine> baselineLines(String kind) {
        return baselineLines.stream().filter(l -> l.kind().equals(kind)).toList();
    }

    /** The body rows of the matrix's tables (not those of a quoted table). */
    public List<TableRow> rows() {
        return List.copyOf(rows);
    }

    /**
     * Whether the matrix's content names {@code token} as a whole word (so {@code billing.v7} is not found in
     * {@code billing.v71}); a code span's text is content, a comment or a fence is not.
     */
    public boolean mentions(String token) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(token) + "(?![A-Za-z0-9_])").matcher(content).find();
    }

    /**
     * The baseline line {@code line} is: the first line of a bullet item (not quoted), {@code <Name> release tag:} or
     * {@code <Name> commit SHA:} and a code span, nothing after it.
     */
    static Optional<BaselineLine> baselineLine(ContentLine line) {
        Optional<Labelled> labelled = labelled(line, BASELINE_LABEL);
        if (labelled.isEmpty() || !labelled.get().after().isBlank()) {
            return Optional.empty();
        }
        Matcher m = labelled.get().label();
        return Optional.of(new BaselineLine(line.line(), m.group(1), m.group(2).toLowerCase(Locale.ROOT),
                labelled.get().value().text().trim()));
    }

    /**
     * A bullet item's first line made of a label matching {@code label}, a code span (the value) and what follows.
     *
     * @param label the matched text before the code span
     * @param after the text after the code span
     */
    record Labelled(Matcher label, Inline value, String after) {
    }

    static Optional<Labelled> labelled(ContentLine line, Pattern label) {
        if (!line.bulletItem() || line.quoted()) {
            return Optional.empty();
        }
        List<Inline> inlines = line.inlines();
        int code = 0;
        while (code < inlines.size() && !inlines.get(code).code()) {
            code++;
        }
        if (code == inlines.size()) {
            return Optional.empty();
        }
        Matcher m = label.matcher(text(inlines.subList(0, code)));
        return m.matches() ? Optional.of(new Labelled(m, inlines.get(code), text(inlines.subList(code + 1, inlines.size()))))
                : Optional.empty();
    }

    private static String text(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        inlines.forEach(i -> text.append(i.text()));
        return text.toString();
    }
}
