package io.github.cutoverguard.docs;

import io.github.cutoverguard.engine.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rule table and quick start stay in step with the code. */
class ReadmeTest {

    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9-]+)` \\|", Pattern.MULTILINE);

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void ruleTableListsExactlyTheCatalog() throws Exception {
        Matcher m = RULE_ROW.matcher(readme());
        List<String> documented = m.results().map(r -> r.group(1)).toList();
        assertThat(documented).containsExactlyElementsOf(RuleCatalog.all().stream().map(RuleCatalog.Rule::id).toList());
    }

    @Test
    void quickStartHasTheTestAndExampleCommandsThatCiRuns() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(readme()).contains("./mvnw -B install ").contains("./mvnw -B -f examples/consumer-rehearsal/pom.xml verify");
        assertThat(ci).contains("./mvnw -B install\n").contains("./mvnw -B -f examples/consumer-rehearsal/pom.xml verify");
    }
}
