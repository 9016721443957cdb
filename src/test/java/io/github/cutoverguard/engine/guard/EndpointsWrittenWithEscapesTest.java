package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GUARD-ENDPOINT-BOUNDARY reads a storefront's sources as javac reads them: Unicode escapes and the escapes of
 * string literals (text blocks included) resolved, each hit reported where it is written.
 */
class EndpointsWrittenWithEscapesTest {

    private static final String ADAPTER = "src/main/java/com/example/inventory/InventoryClient.java";
    private static final String CONTROLLER = "src/main/java/com/example/web/StockController.java";
    private static final String ENDPOINT = "/v6/stock-updates";

    @TempDir
    Path project;

    private List<Breach> check(String... controllerLines) {
        Fixtures.write(project, ADAPTER, "package com.example.inventory;\nfinal class InventoryClient {\n"
                + "    static final String LEVELS = \"" + ENDPOINT + "\";\n}\n");
        Fixtures.write(project, CONTROLLER, String.join("\n", controllerLines) + "\n");
        ProjectFiles files = new ProjectFiles(project);
        return new EndpointsStayInAdapters(files, List.of(ENDPOINT), List.of(ADAPTER))
                .check(files, new GlobSelection(EndpointsStayInAdapters.DEFAULT_SOURCE_INCLUDES, List.of()), 1 << 20,
                        BreachLimit.DEFAULT)
                .breaches();
    }

    private static void assertBreach(Breach breach, Location at, String written) {
        assertThat(breach.ruleId()).isEqualTo("GUARD-ENDPOINT-BOUNDARY");
        assertThat(breach.file()).isEqualTo(CONTROLLER);
        assertThat(breach.location()).isEqualTo(at);
        assertThat(breach.message()).isEqualTo("endpoint " + ENDPOINT + " is used outside the adapter files"
                + (written == null ? "" : " (written as " + written + ")"));
    }

    @Test
    void textBlockLineStartingWithAnEscapeIsRead() {
        List<Breach> breaches = check("class StockController {", "    String body = \"\"\"",
                "\\057v6/stock-updates", "\\u002fv6/stock-updates", "        \"\"\";", "}");
        assertThat(breaches).hasSize(2);
        assertBreach(breaches.get(0), new Location(3, 1), "\\057v6/stock-updates");
        assertBreach(breaches.get(1), new Location(4, 1), "\\u002fv6/stock-updates");
    }

    @Test
    void textBlockLinesEndingInALineContinuationOrAnOctalEscapeAreRead() {
        assertThat(check("class StockController {", "    String body = \"\"\"",
                "        GET /v6/stock-updates \\", "        POST /v6/stock-updates\\0", "        \"\"\";", "}"))
                .satisfiesExactly(b -> assertBreach(b, new Location(3, 13), null),
                        b -> assertBreach(b, new Location(4, 14), null));
    }

    @Test
    void unicodeEscapeAfterAnEvenNumberOfBackslashesIsStillAnEscape() {
        assertThat(check("class StockController {", "    String path = \"\\\\\\u002fv6/stock-updates\";", "}"))
                .singleElement().satisfies(b -> assertBreach(b, new Location(2, 22), "\\u002fv6/stock-updates"));
    }

    @Test
    void unicodeEscapeThatEndsTheLineIsRead() {
        assertThat(check("class StockController {", "    String body = \"\"\"", "        /v6/stock-update\\u0073",
                "        \"\"\";", "}"))
                .singleElement().satisfies(b -> assertBreach(b, new Location(3, 9), "/v6/stock-update\\u0073"));
    }

    @Test
    void backslashUWithoutFourHexDigitsIsLeftAsWritten() {
        assertThat(check("class StockController {", "    String path = \"" + ENDPOINT + "\"; // not \\uzzzz", "}"))
                .singleElement().satisfies(b -> assertBreach(b, new Location(2, 20), null));
        assertThat(check("class StockController {", "    // see " + ENDPOINT + " \\u00", "}"))
                .singleElement().satisfies(b -> assertBreach(b, new Location(2, 12), null));
    }

    @Test
    void octalEscapesReadAtMostThreeDigitsAndZeroIsADigit() {
        List<Breach> breaches = check("class StockController {", "    String a = \"/\\1666/stock-updates\";",
                "    String b = \"/v6/stock-u\\160dates\";", "}");
        assertThat(breaches).hasSize(2);
        assertBreach(breaches.get(0), new Location(2, 17), "/\\1666/stock-updates");
        assertBreach(breaches.get(1), new Location(3, 17), "/v6/stock-u\\160dates");
    }
}
