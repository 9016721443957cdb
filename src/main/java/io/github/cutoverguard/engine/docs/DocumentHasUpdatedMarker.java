package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.markdown.MarkdownDocument.ContentLine;
import io.github.cutoverguard.engine.markdown.MarkdownDocument;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} when a document has no {@code Updated: YYYY-MM-DD} line with a real date. The marker is a
 * line of one of the document's own paragraphs (a list item's too, emphasis allowed) that starts with
 * {@code Updated:}, as CommonMark reads the document: the words elsewhere in a line, as in "Status page (Updated:
 * weekly)", a quoted line ({@code > Updated: …}), and a line inside a comment, a fence, indented code or a code span are
 * not the marker.
 */
public final class DocumentHasUpdatedMarker implements Check<MarkdownDocument> {

    public static final Rule RULE = Rule.DOCS_UPDATED_MARKER;
    private static final String KEYWORD = "Updated:";
    private static final Pattern VALUE = Pattern.compile("^Updated:\\s*[*_`]*([^\\s*_`]\\S*)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * A marker line's value, as read.
     *
     * @param line   1-based source line
     * @param column 1-based source column of the value
     */
    public record Marker(int line, int column, String value) {

        /** Whether the value is a real {@code YYYY-MM-DD} date. */
        public boolean isDate() {
            if (!DATE.matcher(value).matches()) {
                return false;
            }
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    private final String display;
    private final LocalDate today;

    /**
     * @param display the document as shown to the user
     * @param today the day (UTC) the hint suggests as the review date
     */
    public DocumentHasUpdatedMarker(String display, LocalDate today) {
        this.display = display;
        this.today = today;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(MarkdownDocument document) {
        List<Marker> markers = markers(document);
        if (markers.isEmpty()) {
            return List.of(Breach.error(RULE, display + " has no \"Updated: YYYY-MM-DD\" line")
                    .file(display).expected("Updated: YYYY-MM-DD")
                    .hint("add a line \"Updated: " + today + "\" (the date of the last review, UTC)").build());
        }
        Marker first = markers.get(0);
        if (first.isDate()) {
            return List.of();
        }
        return List.of(Breach.error(RULE, display + " has \"Updated: " + first.value() + "\", not a YYYY-MM-DD date")
                .file(display).at(new Location(first.line(), first.column())).expected("YYYY-MM-DD").actual(first.value())
                .build());
    }

    /** The document's marker lines, in source order (the first is the document's marker). */
    public static List<Marker> markers(MarkdownDocument document) {
        List<Marker> markers = new ArrayList<>();
        for (ContentLine line : document.lines()) {
            if (line.kind() != MarkdownDocument.Kind.PARAGRAPH || line.quoted()) {
                continue;
            }
            String text = line.text();
            int start = text.length() - text.stripLeading().length();
            Matcher m = VALUE.matcher(text.substring(start));
            if (m.find() && !line.isCode(start) && !line.isCode(start + KEYWORD.length() - 1)) {
                String value = m.group(1).replaceAll("[*_`.,;]+$", "");
                markers.add(new Marker(line.line(), line.column(start + m.start(1)), value));
            }
        }
        return List.copyOf(markers);
    }
}
