package io.github.cutoverguard.docs;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.report.PluginInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rule table and quick start stay in step with the code. */
class ReadmeTest {

    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9-]+)` \\|", Pattern.MULTILINE);
    /** A rule row's ID and its last cell, the check classes. */
    private static final Pattern ROW_CLASSES = Pattern.compile("^\\| `([A-Z][A-Z0-9-]+)` \\|.* \\| ([^|]*) \\|$", Pattern.MULTILINE);

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void ruleTableListsExactlyTheRulesWithTheirOwnText() throws Exception {
        Matcher m = RULE_ROW.matcher(readme());
        List<String> documented = m.results().map(r -> r.group(1)).toList();
        assertThat(documented).containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::id).toList());
        for (Rule rule : Rule.values()) {
            // the anchor is where a SARIF rule's helpUri points (PluginInfo.ruleUri)
            assertThat(readme()).as(rule.id()).contains("| `" + rule.id() + "` | <a id=\"" + PluginInfo.anchor(rule.id())
                    + "\"></a>" + cell(rule.meaning()) + " | " + cell(rule.hint()) + " | ");
        }
    }

    @Test
    void everyCheckClassOfTheRuleTableRaisesThatRule() throws Exception {
        Matcher row = ROW_CLASSES.matcher(readme());
        int rows = 0;
        while (row.find()) {
            rows++;
            Rule rule = Rule.of(row.group(1));
            Matcher classes = Pattern.compile("`(\\w+)`").matcher(row.group(2));
            assertThat(classes.find()).as(rule.id() + " names its check class").isTrue();
            do {
                String name = classes.group(1);
                try (var files = Files.walk(Path.of("src/main/java"))) {
                    Path source = files.filter(f -> f.getFileName().toString().equals(name + ".java")).findFirst()
                            .orElseThrow(() -> new AssertionError(rule.id() + ": no class " + name + " in src/main"));
                    assertThat(Files.readString(source)).as(name + " raises " + rule.id())
                            .contains("Rule." + rule.name());
                }
            } while (classes.find());
        }
        assertThat(rows).isEqualTo(Rule.values().length);
    }

    /** A Markdown table cell holding {@code text}: pipes escaped. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    @Test
    void quickStartHasTheTestAndExampleCommandsThatCiRuns() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(readme()).contains("./mvnw -B install ").contains("./mvnw -B -f examples/consumer-rehearsal/pom.xml verify");
        assertThat(ci).contains("./mvnw -B install\n").contains("./mvnw -B -f examples/consumer-rehearsal/pom.xml verify");
    }

    /**
     * Issue #17: {@code .ci/run} runs every example under {@code examples/}: by {@code mvn -f <example>/pom.xml verify},
     * or, for an example whose README is a walkthrough (it has {@code ```bash} blocks), by running that README.
     */
    @Test
    void ciRunsEveryExample() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        List<Path> examples;
        try (var dirs = Files.list(Path.of("examples"))) {
            examples = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (Path example : examples) {
            String name = example.toString().replace('\\', '/');
            Path readme = example.resolve("README.md");
            if (Files.exists(readme) && Files.readString(readme).contains("\n```bash\n")) {
                assertThat(ci).as(name + " is a walkthrough").contains(".ci/run-walkthrough " + name + "\n");
            } else {
                assertThat(ci).as(name).contains("./mvnw -B -f " + name + "/pom.xml verify\n");
            }
        }
    }

    /** Issue #17: every relative link of the README names a file of this repository (a user has nothing else). */
    @Test
    void everyRelativeLinkStaysInTheRepository() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Matcher link = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(readme());
        int relative = 0;
        while (link.find()) {
            String target = link.group(1).replaceFirst("#.*$", "");
            if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                continue;
            }
            relative++;
            Path resolved = root.resolve(target).normalize();
            assertThat(resolved).as(link.group(1)).startsWith(root).exists();
        }
        assertThat(relative).isGreaterThan(3);
    }
}
