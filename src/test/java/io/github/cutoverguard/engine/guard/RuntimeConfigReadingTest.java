package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Where and how GUARD-RUNTIME-SWITCH reports what a storefront's runtime configuration says about inventory's
 * contract (stock.v5 in production, stock.v6 rehearsed): each file read as its runtime reads it, each hit at the
 * line:column where it is written, with the text as written when it differs from what the runtime reads.
 */
class RuntimeConfigReadingTest {

    private static final String RULE = "GUARD-RUNTIME-SWITCH";
    private static final String NAMES = "runtime configuration names the target contract stock.v6: ";
    private static final String PROPERTIES = "src/main/resources/inventory.properties";
    private static final String YAML = "src/main/resources/application.yml";
    private static final String JSON = "src/main/resources/inventory/client.json";
    private static final String XML = "src/main/resources/inventory.xml";
    private static final String XML_PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n";

    @TempDir
    Path project;

    private Findings check(List<String> forbidden) {
        return new NoRuntimeSwitch("stock.v6", GuardRequest.compilePatterns(forbidden), "stock.v5")
                .check(new ProjectFiles(project), new GlobSelection(NoRuntimeSwitch.DEFAULT_INCLUDES, List.of()), 1 << 20,
                        BreachLimit.DEFAULT);
    }

    private List<Breach> check() {
        return check(List.of()).breaches();
    }

    private static void assertBreach(Breach breach, String file, Location at, String message) {
        assertThat(breach.ruleId()).isEqualTo(RULE);
        assertThat(breach.file()).isEqualTo(file);
        assertThat(breach.location()).isEqualTo(at);
        assertThat(breach.message()).isEqualTo(message);
    }

    // ---- .properties

    @Test
    void propertiesKeyAloneOnItsLineIsReadAsAKeyWithAnEmptyValue() {
        Fixtures.write(project, PROPERTIES, "inventory.contract=stock.v5\n  inventory.routes.stock.v6\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, PROPERTIES, new Location(2, 20),
                NAMES + "\"inventory.routes.stock.v6\""));
    }

    @Test
    void propertiesKeyNamingTheTargetAtTheStartOfTheLineIsQuotedAsWritten() {
        Fixtures.write(project, PROPERTIES, "stock.v6=on\ninventory.contract=stock.v5");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, PROPERTIES, new Location(1, 1),
                NAMES + "\"stock.v6=on\""));
    }

    @Test
    void propertiesEscapedBlankInAKeyDoesNotEndTheKey() {
        Fixtures.write(project, PROPERTIES, "inventory.routes\\ stock.v6 = /v6/stock\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, PROPERTIES, new Location(1, 1),
                NAMES + "key \"inventory.routes stock.v6\" (written as inventory.routes\\ stock.v6)"));
    }

    @Test
    void propertiesEscapeRightWhereTheTargetStartsIsReportedAtTheEscape() {
        Fixtures.write(project, PROPERTIES, "inventory.note=next \\u0073tock.v6\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, PROPERTIES, new Location(1, 21),
                NAMES + "inventory.note = \"next stock.v6\" (written as next \\u0073tock.v6)"));
    }

    @Test
    void propertiesMalformedEscapeIsReportedAtTheEntryThatHoldsIt() {
        Fixtures.write(project, PROPERTIES, "inventory.contract=stock.v5\n\n  inventory.flag=\\u00zz\n");
        assertThat(check()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.file()).isEqualTo(PROPERTIES);
            assertThat(b.location()).isEqualTo(new Location(3, 3));
            assertThat(b.message()).startsWith("runtime configuration cannot be read as the runtime reads it "
                    + "(java.util.Properties): Malformed \\uxxxx encoding");
        });
    }

    @Test
    void propertiesLogicalLineLongerThanItsBufferIsLocatedToTheEnd() {
        String note = "the storefront reads stock levels from inventory; after the approved cutover it moves to ";
        Fixtures.write(project, PROPERTIES, "inventory.note=" + note + "\\\n    stock.v6\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, PROPERTIES, new Location(2, 5),
                NAMES + "\"stock.v6\""));
    }

    @Test
    void forbiddenPatternMatchingAnEmptyValueIsReportedJustAfterTheSeparator() {
        Fixtures.write(project, PROPERTIES, "inventory.contract=stock.v5\ninventory.base-url=\n");
        assertThat(check(List.of("^$")).breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo(RULE);
            assertThat(b.location()).isEqualTo(new Location(2, 20));
            assertThat(b.message()).isEqualTo("runtime configuration matches the forbidden runtime pattern /^$/: "
                    + "\"inventory.base-url=\"");
        });
    }

    @Test
    void propertiesWithAUtf8ByteOrderMarkAreReadOnceAsUtf8() {
        Fixtures.write(project, PROPERTIES, "\uFEFFinventory.label=Caf\u00e9\ninventory.contract=stock.v6\n"
                .getBytes(StandardCharsets.UTF_8));
        RuntimeConfig config = readConfig(PROPERTIES);
        assertThat(config.readings()).singleElement().satisfies(r -> {
            assertThat(r.source().charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(r.scalars()).extracting(ConfigScalar::text)
                    .containsExactly("inventory.label", "Caf\u00e9", "inventory.contract", "stock.v6");
        });
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, PROPERTIES, new Location(2, 20),
                NAMES + "\"inventory.contract=stock.v6\""));
    }

    @Test
    void aFileThatIsOnlyAByteOrderMarkIsEmpty() {
        for (byte[] bom : List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            Fixtures.write(project, PROPERTIES, bom);
            assertThat(readConfig(PROPERTIES).readings()).singleElement()
                    .satisfies(r -> assertThat(r.scalars()).isEmpty());
        }
    }

    private RuntimeConfig readConfig(String file) {
        try {
            byte[] bytes = Files.readAllBytes(project.resolve(file));
            return RuntimeConfig.read(new RawInput(file, project.resolve(file), bytes, "unused"), 1 << 20);
        } catch (IOException | RuntimeConfig.Unreadable e) {
            throw new AssertionError(e);
        }
    }

    // ---- YAML and JSON

    @Test
    void yamlAndJsonThatCannotBeReadNameTheirFormat() {
        Fixtures.write(project, YAML, "inventory:\n  contract: [stock.v5\n");
        Fixtures.write(project, JSON, "{\"contract\": \"stock.v5\",}\n");
        List<Breach> breaches = check();
        assertThat(breaches).extracting(Breach::file).containsExactlyInAnyOrder(YAML, JSON);
        assertThat(breaches).allSatisfy(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.message()).startsWith("runtime configuration cannot be read as the runtime reads it ("
                    + (b.file().equals(YAML) ? "YAML" : "JSON") + "): ");
        });
    }

    @Test
    void yamlWithOneLongLineIsReadInTimeLinearInItsLength() {
        // an unbroken 12 MB scalar took SnakeYAML's default 1 KiB buffer about a minute; read linearly, a second or two
        Fixtures.write(project, YAML, "inventory:\n  note: \"" + "warehouse-".repeat(1_200_000) + "\"\n  contract: stock.v6\n");
        Findings findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new NoRuntimeSwitch("stock.v6",
                GuardRequest.compilePatterns(List.of()), "stock.v5")
                .check(new ProjectFiles(project), new GlobSelection(NoRuntimeSwitch.DEFAULT_INCLUDES, List.of()), 16 << 20, BreachLimit.DEFAULT));
        assertThat(findings.breaches()).singleElement().satisfies(b -> assertBreach(b, YAML, new Location(3, 13),
                NAMES + "\"contract: stock.v6\""));
    }

    @Test
    void yamlListElementsAreNamedByTheirIndex() {
        Fixtures.write(project, YAML, "inventory:\n  fallbacks:\n    - stock.v5\n    - \"stock\\x2ev6\"\n"
                + "  routes:\n    - \"stock\\x2ev6\"\n");
        List<Breach> breaches = check();
        assertThat(breaches).hasSize(2);
        assertBreach(breaches.get(0), YAML, new Location(4, 8),
                NAMES + "inventory.fallbacks[1] = \"stock.v6\" (written as \"stock\\x2ev6\")");
        assertBreach(breaches.get(1), YAML, new Location(6, 8),
                NAMES + "inventory.routes[0] = \"stock.v6\" (written as \"stock\\x2ev6\")");
    }

    @Test
    void yamlDocumentThatIsOneScalarIsNamedTheDocument() {
        Fixtures.write(project, YAML, "\"stock\\x2ev6\"\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, YAML, new Location(1, 2),
                NAMES + "(document) = \"stock.v6\" (written as \"stock\\x2ev6\")"));
    }

    @Test
    void yamlPlainScalarFoldedOverTwoLinesIsReportedWhereItStarts() {
        Fixtures.write(project, YAML, "inventory:\n  note: moves to\n    stock.v6 later\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, YAML, new Location(2, 9),
                NAMES + "inventory.note = \"moves to stock.v6 later\" (written as moves to \u23ce stock.v6 later on lines 2-3)"));
    }

    @Test
    void yamlQuotedScalarOverTwoLinesEndsAtItsClosingQuote() {
        Fixtures.write(project, YAML, "inventory:\n  note: \"moves to\n    stock.v6\" # after approval\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, YAML, new Location(2, 9),
                NAMES + "inventory.note = \"moves to stock.v6\" (written as \"moves to \u23ce stock.v6\" on lines 2-3)"));
    }

    @Test
    void yamlEscapeRightWhereTheTargetStartsIsReportedAtTheEscape() {
        Fixtures.write(project, YAML, "inventory:\n  note: \"next \\x73tock.v6\"\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, YAML, new Location(2, 15),
                NAMES + "inventory.note = \"next stock.v6\" (written as \"next \\x73tock.v6\")"));
    }

    @Test
    void yamlStrippedLiteralBlockIsReportedOnItsLastLine() {
        Fixtures.write(project, YAML, "inventory:\n  note: |-\n    keep stock.v5\n    until stock.v6\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, YAML, new Location(4, 11),
                NAMES + "\"until stock.v6\""));
    }

    @Test
    void jsonStringWithEscapedQuotesIsQuotedToItsClosingQuote() {
        Fixtures.write(project, JSON, "{\"note\": \"use \\\"stock\\u002ev6\\\" now\", \"timeout\": 2500}\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, JSON, new Location(1, 10),
                NAMES + "note = \"use \"stock.v6\" now\" (written as \"use \\\"stock\\u002ev6\\\" now\")"));
    }

    @Test
    void jsonNumbersAndLiteralsAreMatchedByForbiddenPatterns() {
        Fixtures.write(project, JSON, "{\"inventory\": {\"port\": 4060, \"v6\": true}}\n");
        List<Breach> breaches = check(List.of("^40[6-9]0$", "^true$")).breaches();
        assertThat(breaches).hasSize(2);
        assertBreach(breaches.get(0), JSON, new Location(1, 24),
                "runtime configuration matches the forbidden runtime pattern /^40[6-9]0$/: \"{\"inventory\": {\"port\": 4060, \"v6\": true}}\"");
        assertBreach(breaches.get(1), JSON, new Location(1, 36),
                "runtime configuration matches the forbidden runtime pattern /^true$/: \"{\"inventory\": {\"port\": 4060, \"v6\": true}}\"");
    }

    // ---- XML properties

    @Test
    void xmlKeyNamingTheTargetIsReportedInItsAttribute() {
        Fixtures.write(project, XML, XML_PROLOG + "<properties>\n"
                + "  <entry key=\"inventory.routes.stock.v6\">keyed/v6</entry>\n"
                + "  <entry key='inventory.fallback.stock.v6'>/v6/stock</entry>\n"
                + "  <entry key=\"inventory.note.stock.v6\">it's fine</entry>\n"
                + "  <entry key='inventory.label.stock.v6'>say \"hi\"</entry>\n"
                + "  <entry\nkey=\"inventory.legacy.stock.v6\">x</entry>\n"
                + "</properties>\n");
        List<Breach> breaches = check();
        assertThat(breaches).extracting(Breach::location).containsExactly(new Location(4, 32), new Location(5, 34),
                new Location(6, 30), new Location(7, 31), new Location(9, 23));
        assertBreach(breaches.get(0), XML, new Location(4, 32),
                NAMES + "\"<entry key=\"inventory.routes.stock.v6\">keyed/v6</entry>\"");
    }

    @Test
    void xmlCharacterReferenceRightWhereTheTargetStartsIsReportedAtTheReference() {
        Fixtures.write(project, XML, XML_PROLOG + "<properties>\n"
                + "  <entry key=\"inventory.note\">next &#115;tock.v6</entry>\n"
                + "</properties>\n");
        assertThat(check()).singleElement().satisfies(b -> assertBreach(b, XML, new Location(4, 36),
                NAMES + "inventory.note = \"next stock.v6\" (written as next &#115;tock.v6)"));
    }

    @Test
    void xmlThatIsNotWellFormedOrHasNoRootIsNotAPropertiesDocument() {
        Fixtures.write(project, XML, "<?xml version=\"1.0\"?>\n<!-- stock.v6 -->\n");
        Fixtures.write(project, "src/main/resources/broken.xml", "stock.v6 <properties/>\n");
        Findings findings = check(List.of());
        assertThat(findings.breaches()).isEmpty();
        assertThat(findings.detail()).contains("2 XML files not read (not a java.util.Properties XML document)");
    }
}
