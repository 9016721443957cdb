package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;

import java.util.ArrayList;
import java.util.List;

/** Raises {@link #RULE} for each required line a governance document does not contain. */
public final class DocumentContainsLines {

    public static final Rule RULE = Rule.DOCS_MISSING_SNIPPET;

    private DocumentContainsLines() {
    }

    /**
     * @param display  the document as shown to the user
     * @param lines    the document's lines (LF, CRLF or CR already split)
     * @param expected the required lines, already expanded
     */
    public static List<Breach> check(String display, List<String> lines, List<String> expected) {
        List<Breach> breaches = new ArrayList<>();
        for (String wanted : expected) {
            String needle = wanted.strip();
            if (lines.stream().noneMatch(line -> line.contains(needle))) {
                breaches.add(Breach.error(RULE, display + " does not contain \"" + needle + "\"")
                        .file(display).expected(needle)
                        .hint("add the line \"" + needle + "\" to " + display + " (it must match the <baseline>)")
                        .build());
            }
        }
        return breaches;
    }
}
