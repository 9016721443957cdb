package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.markdown.MarkdownDocument.ContentLine;
import io.github.cutoverguard.engine.markdown.MarkdownDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} for each required line a governance document does not contain. Both are read as CommonMark and
 * compared as they render: the required line {@code - Billing release tag: `v7.4.0`} is found in the list item
 * {@code * Billing release tag: `v7.4.0`} and {@code v7.4.0} in a sentence holding {@code `v7.4.0`}, but nothing is
 * found inside an HTML comment, a fence or indented code. A required line that renders to nothing is looked for as
 * written (and never found in content).
 */
public final class DocumentContainsLines implements Check<MarkdownDocument> {

    public static final Rule RULE = Rule.DOCS_MISSING_SNIPPET;

    private final String display;
    private final List<String> expected;

    /**
     * @param display the document as shown to the user
     * @param expected the required lines, already expanded
     */
    public DocumentContainsLines(String display, List<String> expected) {
        this.display = display;
        this.expected = expected;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(MarkdownDocument document) {
        List<Breach> breaches = new ArrayList<>();
        for (String wanted : expected) {
            String line = wanted.strip();
            String needle = MarkdownDocument.contentOf(line);
            if (document.lines().stream().map(ContentLine::text).noneMatch(text -> text.contains(needle))) {
                breaches.add(Breach.error(RULE, display + " does not contain \"" + line + "\"")
                        .file(display).expected(line)
                        .hint("add the line \"" + line + "\" to " + display + " (it must match the <baseline>)")
                        .build());
            }
        }
        return breaches;
    }
}
