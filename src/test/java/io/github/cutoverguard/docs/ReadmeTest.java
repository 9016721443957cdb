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

    /**
     * The rule table's "Check class" column names, for each rule, classes that state it as a constant ({@code RULE},
     * {@code RULES} or another {@code static final} {@link Rule} or set of rules): read from the types, not the text.
     */
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
                assertThat(rulesStatedBy(engineClass(classes.group(1)))).as(classes.group(1) + " raises " + rule.id())
                        .contains(rule);
            } while (classes.find());
        }
        assertThat(rows).isEqualTo(Rule.values().length);
    }

    /** The engine class of this simple name. */
    private static Class<?> engineClass(String simpleName) throws Exception {
        Path classes = Path.of("target/classes");
        try (var files = Files.walk(classes.resolve("io/github/cutoverguard/engine"))) {
            Path file = files.filter(f -> f.getFileName().toString().equals(simpleName + ".class")).findFirst()
                    .orElseThrow(() -> new AssertionError("no engine class " + simpleName));
            String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
            return Class.forName(name.substring(0, name.length() - ".class".length()));
        }
    }

    /** The rules a class states in its {@code static final} fields of type {@link Rule} or a set of rules. */
    private static java.util.Set<Rule> rulesStatedBy(Class<?> type) throws IllegalAccessException {
        java.util.Set<Rule> rules = java.util.EnumSet.noneOf(Rule.class);
        for (java.lang.reflect.Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!java.lang.reflect.Modifier.isStatic(modifiers) || !java.lang.reflect.Modifier.isFinal(modifiers)) {
                continue;
            }
            field.setAccessible(true);
            if (field.getType() == Rule.class) {
                rules.add((Rule) field.get(null));
            } else if (java.util.Set.class.isAssignableFrom(field.getType())
                    && field.getGenericType().getTypeName().equals("java.util.Set<" + Rule.class.getName() + ">")) {
                @SuppressWarnings("unchecked")
                java.util.Set<Rule> stated = (java.util.Set<Rule>) field.get(null);
                rules.addAll(stated);
            }
        }
        return rules;
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
