package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: {@code verdict.md} rendered by a real CommonMark renderer with GFM tables (as GitHub renders a job summary
 * or a pasted note) shows every text as written: {@code <baseline>} is no raw HTML, a pattern keeps its backslashes,
 * a {@code |} stays inside its table cell, and a breach's diff is a fenced {@code diff} block.
 */
class VerdictMarkdownRendersAsWrittenTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create());
    private static final String TAG_PATTERN = "^v\\d+\\.\\d+\\.\\d+$";
    private static final String DIFF = "--- config/integration-pin.json (origin/main)\n+++ config/integration-pin.json\n"
            + "@@ -2 +2 @@\n-  \"release_tag\": \"v0.3.2\",\n+  \"release_tag\": \"v0.3.3\",";

    private static VerdictResult verdict() {
        Breach pattern = Breach.error(Rule.PIN_RELEASE_TAG, "release_tag \"v0.3\" does not match " + TAG_PATTERN)
                .file("config/integration-pin.json").at(new Location(3, 18))
                .hint("repin only with a matching <baseline> change & a new *row*").build();
        Breach changed = Breach.error(Rule.GUARD_PIN_CHANGED, "config/integration-pin.json differs from origin/main (diff below)")
                .file("config/integration-pin.json").details(DIFF).build();
        GoalResult pin = new GoalResult("check-pin", Instant.parse("2026-11-29T10:00:00Z"), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, "service.v3", List.of(), List.of(
                        CheckResult.ran("pin.baseline", "pin fields equal <baseline> | release_tag ~ " + TAG_PATTERN,
                                List.of(pattern)),
                        CheckResult.skipped("git.tag-sha", "no <producerRepository> configured")));
        GoalResult guard = VerdictTestData.goal("guard", "guard.pin-unchanged", changed);
        return VerdictTestData.verdict(Mode.REHEARSAL, List.of(pin, guard));
    }

    private static Node parse(String markdown) {
        return Parser.builder().extensions(GFM).build().parse(markdown);
    }

    @Test
    void theRenderedTextShowsBaselineAndTheTagPatternExactlyAsWritten() {
        String markdown = VerdictMarkdown.render(verdict());
        String text = TextContentRenderer.builder().extensions(GFM).build().render(parse(markdown));
        assertThat(text).contains("pin fields equal <baseline> | release_tag ~ " + TAG_PATTERN)
                .contains("repin only with a matching <baseline> change & a new *row*")
                .contains("no <producerRepository> configured")
                .contains("does not match " + TAG_PATTERN);
        // the rule ID once per risk, the location as code (the text renderer quotes code spans)
        assertThat(text).contains("- error \"PIN-RELEASE-TAG\" \"config/integration-pin.json:3:18\" release_tag \"v0.3\" does");
    }

    @Test
    void checksAreOneTableRowEachAndTheDiffIsAFencedDiffBlock() {
        String html = HtmlRenderer.builder().extensions(GFM).build().render(parse(VerdictMarkdown.render(verdict())));
        assertThat(html).contains("<td>pin fields equal &lt;baseline&gt; | release_tag ~ ^v\\d+\\.\\d+\\.\\d+$</td>");
        assertThat(html).contains("<td><code>pin.baseline</code></td>");
        assertThat(html).contains("<pre><code class=\"language-diff\">--- config/integration-pin.json (origin/main)\n");
        assertThat(html).contains("+  &quot;release_tag&quot;: &quot;v0.3.3&quot;,\n</code></pre>");
        assertThat(html).doesNotContain("<baseline>", "<producerRepository>", "<em>row</em>");
    }

    @Test
    void codeSpansHoldBackticksAndPipesAsWritten() {
        String text = TextContentRenderer.builder().extensions(GFM).build()
                .render(parse("- " + VerdictMarkdown.code("a`b|c") + "\n\n| x |\n|---|\n| " + VerdictMarkdown.cellCode("p|q")
                        + " |\n"));
        assertThat(text).contains("a`b|c").contains("p|q");
        assertThat(VerdictMarkdown.text("drops legacy_error, _not_ *this* <x> a\\.b")).isEqualTo(
                "drops legacy_error, \\_not\\_ \\*this\\* \\<x\\> a\\\\.b");
        assertThat(VerdictMarkdown.fenced("```\ninner\n```", "diff", "  ")).startsWith("  ````diff\n  ```\n");
    }
}
