package io.github.cutoverguard.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine must stay usable without Maven: no engine source may import Maven or Plexus types. */
class EngineIsMavenFreeTest {

    @Test
    void engineSourcesImportNoMavenTypes() throws Exception {
        Path engine = Path.of("src/main/java/io/github/cutoverguard/engine");
        List<Path> sources;
        try (var walk = Files.walk(engine)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path source : sources) {
            assertThat(Files.readString(source))
                    .as(source.toString())
                    .doesNotContain("import org.apache.maven")
                    .doesNotContain("import org.codehaus.plexus")
                    .doesNotContain("System.out")
                    .doesNotContain("System.err");
        }
    }

    /** Parameter fields, their Javadoc and annotations document the goal; the rest is mapping logic. */
    private static boolean isLogic(String line) {
        String t = line.strip();
        return !(t.isEmpty() || t.startsWith("*") || t.startsWith("/*") || t.startsWith("//") || t.startsWith("@")
                || t.startsWith("import ") || t.startsWith("package ")
                || ((line.startsWith("    private ") || line.startsWith("    protected ")) && t.endsWith(";") && !t.contains("(")));
    }

    /**
     * Mojos map parameters and call the engine: the verdict in at most 30 lines of code besides its parameter fields
     * (counting its class declaration and braces), each goal's Mojo in fewer than 60, their shared base in at most 80.
     */
    @Test
    void mojosAreThinAdapters() throws Exception {
        try (var walk = Files.list(Path.of("src/main/java/io/github/cutoverguard/maven"))) {
            List<Path> mojos = walk.filter(p -> p.toString().endsWith("Mojo.java")).toList();
            assertThat(mojos).hasSizeGreaterThan(8);
            for (Path mojo : mojos) {
                String name = mojo.getFileName().toString();
                int limit = name.equals("VerdictMojo.java") ? 30 : name.equals("AbstractCutoverMojo.java") ? 80 : 59;
                List<String> logic = Files.readAllLines(mojo).stream().filter(EngineIsMavenFreeTest::isLogic).toList();
                assertThat(logic).as(mojo + ": lines of logic (not declarations, Javadoc or imports)").hasSizeLessThanOrEqualTo(limit);
                assertThat(Files.readString(mojo)).as(mojo.toString()).doesNotContain("System.out");
            }
        }
    }
}
