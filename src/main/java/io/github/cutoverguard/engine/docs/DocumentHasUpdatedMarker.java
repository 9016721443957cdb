package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} when a document has no {@code Updated: YYYY-MM-DD} line with a real date. The marker is
 * a line that starts with {@code Updated:} (after indentation, a list bullet, a quote or emphasis marks); the
 * words elsewhere in a line, as in "Status page (Updated: weekly)", are not the marker.
 */
public final class DocumentHasUpdatedMarker {

    public static final Rule RULE = Rule.DOCS_UPDATED_MARKER;
    private static final Pattern MARKER = Pattern.compile("^[\\s>*_-]*Updated:\\s*(\\S+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DocumentHasUpdatedMarker() {
    }

    public static List<Breach> check(String display, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) {
                String value = m.group(1).replaceAll("[*_`.,;]+$", "").replaceAll("^[*_`]+", "");
                if (DATE.matcher(value).matches() && isDate(value)) {
                    return List.of();
                }
                return List.of(Breach.error(RULE, display + " has \"Updated: " + value + "\", not a YYYY-MM-DD date")
                        .file(display).at(new Location(i + 1, m.start(1) + 1)).expected("YYYY-MM-DD").actual(value)
                        .build());
            }
        }
        return List.of(Breach.error(RULE, display + " has no \"Updated: YYYY-MM-DD\" line")
                .file(display).expected("Updated: YYYY-MM-DD")
                .hint("add a line \"Updated: " + LocalDate.now() + "\" (the date of the last review)").build());
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
