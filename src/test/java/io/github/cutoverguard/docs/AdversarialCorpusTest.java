package io.github.cutoverguard.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adversarial corpus (issue #24, DESIGN §9): every known way around a guardrail is a real build under
 * {@code src/it/adversary-*}, which the invoker run executes. This test holds the corpus to its contract: each case
 * says what the adversary did, asserts that it no longer ends in GO, and is listed on the threat model page, which
 * lists no case that does not exist.
 */
class AdversarialCorpusTest {

    private static final Path ITS = Path.of("src/it");
    private static final Pattern LISTED = Pattern.compile("^\\| `(adversary-[a-z0-9-]+)` \\|", Pattern.MULTILINE);

    private static List<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ITS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> n.startsWith("adversary-")).sorted().toList();
        }
    }

    @Test
    void everyCaseDescribesTheAdversaryAndAssertsThatItIsNotGo() throws IOException {
        List<String> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        for (String name : cases) {
            String pom = Files.readString(ITS.resolve(name).resolve("pom.xml"));
            assertThat(pom).as(name).contains("<artifactId>" + name + "</artifactId>").containsPattern(
                    "<description>Adversary \\(#\\d+[^)]*\\): \\S");
            String verify = Files.readString(ITS.resolve(name).resolve("verify.groovy"));
            assertThat(verify).as(name + "/verify.groovy").containsAnyOf("its.assertNotGo(", "its.assertBuildNotGo(");
        }
    }

    @Test
    void theThreatModelListsExactlyTheCorpus() throws IOException {
        List<String> listed = LISTED.matcher(Files.readString(Path.of("SECURITY.md"))).results().map(r -> r.group(1))
                .sorted().toList();
        assertThat(listed).containsExactlyElementsOf(cases());
    }
}
