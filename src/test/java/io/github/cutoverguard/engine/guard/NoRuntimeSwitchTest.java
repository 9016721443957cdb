package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoRuntimeSwitchTest {

    private static final String YAML = "src/main/resources/application.yml";
    private static final String PROPERTIES = "src/main/resources/application.properties";

    @TempDir
    Path project;

    private Findings check(List<String> forbidden, List<String> includes, List<String> excludes, long maxBytes) {
        return new NoRuntimeSwitch("service.v3", GuardRequest.compilePatterns(forbidden), "service.v2")
                .check(new ProjectFiles(project), new GlobSelection(includes.isEmpty() ? NoRuntimeSwitch.DEFAULT_INCLUDES
                        : includes, excludes), maxBytes, BreachLimit.DEFAULT);
    }

    private List<Breach> check() {
        return check(List.of(), List.of(), List.of(), 1 << 20).breaches();
    }

    private static List<String> where(List<Breach> breaches) {
        return breaches.stream().map(b -> b.file() + ":" + b.location().line() + ":" + b.location().column()).toList();
    }

    @Test
    void yamlRuntimeConfigThatSwitchesToTheTargetContractIsReportedAtTheRightLine() {
        Fixtures.write(project, YAML, "memorykernel:\n  contract: service.v3\n");
        List<Breach> breaches = check();
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-RUNTIME-SWITCH");
            assertThat(b.file()).isEqualTo(YAML);
            assertThat(b.location()).isEqualTo(new Location(2, 13));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract service.v3: "
                    + "\"contract: service.v3\"");
            assertThat(b.hint()).startsWith("keep the runtime on service.v2 until the cutover is approved");
        });
    }

    @Test
    void baselineConfigurationPassesAndIsRecordedAsInput() {
        String text = "memorykernel.contract=service.v2\nmemorykernel.base-url=http://127.0.0.1:4010\n";
        Fixtures.write(project, PROPERTIES, text);
        Findings findings = check(List.of(), List.of(), List.of(), 1 << 20);
        assertThat(findings.breaches()).isEmpty();
        assertThat(findings.inputs()).singleElement().satisfies(i -> {
            assertThat(i.path()).isEqualTo(PROPERTIES);
            assertThat(i.sha256()).isEqualTo(InputReader.sha256Hex(text.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(findings.detail()).startsWith("1 runtime configuration file (includes [src/main/resources/**/*.properties");
    }

    @Test
    void onlyTheWholeTokenCounts() {
        Fixtures.write(project, PROPERTIES, String.join("\n",
                "a=service.v31", "b=xservice.v3", "c=service.v3.1", "d=service_v3", "e=service.v3-beta",
                "f=contract service.v3.", "g=[service.v3]", "") );
        assertThat(where(check())).containsExactly(PROPERTIES + ":5:3", PROPERTIES + ":6:12", PROPERTIES + ":7:4");
    }

    @Test
    void propertiesCommentsAreIgnoredButContinuationLinesAreNot() {
        Fixtures.write(project, PROPERTIES, String.join("\n",
                "# switch to service.v3 after approval", "   ! service.v3 later", "a=one \\", "# service.v3 continued",
                "b=two \\\\", "# service.v3 comment again", ""));
        assertThat(where(check())).containsExactly(PROPERTIES + ":4:3");
    }

    @Test
    void yamlFullLineAndTrailingCommentsAreIgnoredButQuotedHashesAndBlockScalarsAreContent() {
        Fixtures.write(project, YAML, String.join("\n",
                "# rehearsal of service.v3 only",             // 1 comment
                "memorykernel:",                              // 2
                "  contract: service.v2 # not service.v3",    // 3 trailing comment
                "  note: \"see #service.v3\"",                // 4 quoted: content
                "  it's: fine#service.v3",                    // 5 '#' without blank: content
                "  description: |",                           // 6 block scalar
                "    # service.v3 is the target",             // 7 content
                "  after: 'x' # service.v3",                  // 8 block ended; trailing comment
                "    # service.v3 indented comment",          // 9 comment again
                ""));
        assertThat(where(check())).containsExactly(YAML + ":4:15", YAML + ":5:14", YAML + ":7:7");
    }

    @Test
    void jsonHasNoCommentsAndEveryHitIsItsOwnBreach() {
        Fixtures.write(project, "src/main/resources/config/runtime.json",
                "{\n  \"contract\": \"service.v3\", \"fallback\": \"service.v3\"\n}\n");
        assertThat(where(check())).containsExactly("src/main/resources/config/runtime.json:2:16",
                "src/main/resources/config/runtime.json:2:42");
    }

    @Test
    void forbiddenPatternsAreReportedAtEachMatch() {
        Fixtures.write(project, YAML, "policy: service_v3_envelope, service_v3_errors\n# service_v3_comment\n");
        List<Breach> breaches = check(List.of("service_v3_\\w+"), List.of(), List.of(), 1 << 20).breaches();
        assertThat(where(breaches)).containsExactly(YAML + ":1:9", YAML + ":1:30");
        assertThat(breaches.get(0).message()).isEqualTo("runtime configuration matches the forbidden runtime pattern "
                + "/service_v3_\\w+/: \"policy: service_v3_envelope, service_v3_errors\"");
    }

    @Test
    void onlyIncludedFilesAreScannedAndExcludesWin() {
        Fixtures.write(project, "src/test/resources/application.yml", "contract: service.v3\n");
        Fixtures.write(project, "target/classes/application.yml", "contract: service.v3\n");
        Fixtures.write(project, "src/main/resources/application-rehearsal.yml", "contract: service.v3\n");
        Fixtures.write(project, "src/main/resources/notes.txt", "service.v3\n");
        assertThat(where(check(List.of(), List.of(), List.of("**/application-rehearsal.yml"), 1 << 20).breaches())).isEmpty();
        assertThat(where(check(List.of(), List.of("config/**/*.env"), List.of(), 1 << 20).breaches())).isEmpty();
        Fixtures.write(project, "config/prod/runtime.env", "CONTRACT=service.v3\n");
        assertThat(where(check(List.of(), List.of("config/**/*.env"), List.of(), 1 << 20).breaches()))
                .containsExactly("config/prod/runtime.env:1:10");
    }

    @Test
    void aLinkedConfigFileIsRefusedNotFollowedSoItCannotHideASwitch() throws Exception {
        Path shared = Fixtures.write(project, "shared/runtime.yml", "inventory:\n  contract: service.v3\n");
        java.nio.file.Files.createDirectories(project.resolve("src/main/resources"));
        java.nio.file.Files.createSymbolicLink(project.resolve(YAML), Path.of("../../../shared/runtime.yml"));

        assertThat(check()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo(YAML);
            assertThat(b.message()).isEqualTo(YAML + " is a symbolic link to ../../../shared/runtime.yml; inputs must be "
                    + "regular files inside the project, and links are never followed; it was not scanned");
            assertThat(b.hint()).isEqualTo("replace the link with the file itself, or exclude " + YAML + " from the scan");
        });
        assertThat(shared).exists();
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedNotSkippedSilently() {
        Fixtures.write(project, YAML, "contract: service.v2\n".repeat(10));
        assertThat(check(List.of(), List.of(), List.of(), 50).breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.file()).isEqualTo(YAML);
            assertThat(b.message()).contains("above the 50-byte input limit");
        });
    }

    @Test
    void latin1PropertiesAreStillScanned() {
        Fixtures.write(project, PROPERTIES, "name=Caf\u00e9 \u00e0 la carte\ncontract=service.v3\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(where(check())).containsExactly(PROPERTIES + ":2:10");
    }

    // ---- read as the runtime reads it: a storefront consumer rehearsing inventory's stock.v6 (runtime on stock.v5)

    private static final String INVENTORY_PROPERTIES = "src/main/resources/inventory.properties";
    private static final String INVENTORY_YAML = "src/main/resources/application.yml";
    private static final String INVENTORY_JSON = "src/main/resources/inventory/client.json";
    private static final String INVENTORY_XML = "src/main/resources/app-config.xml";
    private static final String XML_DOCTYPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n";

    private Findings stock(List<String> forbidden) {
        return new NoRuntimeSwitch("stock.v6", GuardRequest.compilePatterns(forbidden), "stock.v5")
                .check(new ProjectFiles(project), new GlobSelection(NoRuntimeSwitch.DEFAULT_INCLUDES, List.of()), 1 << 20,
                        BreachLimit.DEFAULT);
    }

    /** {@code text} in {@code charset}, after the byte-order mark that names it. */
    private static byte[] withByteOrderMark(String text, java.nio.charset.Charset charset) {
        return ("\uFEFF" + text).getBytes(charset);
    }

    private List<Breach> stock() {
        return stock(List.of()).breaches();
    }

    @Test
    void propertiesUnicodeEscapeIsReadAsTheTargetContract() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "inventory.base-url=http://inventory:8080\n"
                + "inventory.contract=stock\\u002ev6\n");
        assertThat(stock()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-RUNTIME-SWITCH");
            assertThat(b.file()).isEqualTo(INVENTORY_PROPERTIES);
            assertThat(b.location()).isEqualTo(new Location(2, 20));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                    + "inventory.contract = \"stock.v6\" (written as stock\\u002ev6)");
            assertThat(b.actual()).isEqualTo("inventory.contract = \"stock.v6\"");
            assertThat(b.hint()).startsWith("keep the runtime on stock.v5 until the cutover is approved");
        });
    }

    @Test
    void propertiesContinuationLineIsJoinedAsTheRuntimeJoinsIt() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "# the storefront talks to inventory\n"
                + "inventory.contract=sto\\\n"
                + "    ck.v6\n"
                + "inventory.timeout-ms=2500\n");
        assertThat(stock()).singleElement().satisfies(b -> {
            assertThat(b.location()).isEqualTo(new Location(2, 20));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                    + "inventory.contract = \"stock.v6\" (written as sto\\ \u23ce ck.v6 on lines 2-3)");
        });
    }

    @Test
    void propertiesSeparatorsAndKeysAreReadLikeProperties() {
        Fixtures.write(project, INVENTORY_PROPERTIES, String.join("\n",
                "inventory.contract : stock.v6",      // 1 colon separator
                "  inventory.fallback\tstock.v6",     // 2 whitespace separator
                "inventory.routes.stock.v6=/v6/stock",          // 3 the key names it
                "inventory.routes.stock\\u002ev6=/v6/stock",    // 4 escaped in the key
                "inventory.note=stock.v6x stock.v5",  // 5 not the whole token
                ""));
        List<Breach> breaches = stock();
        assertThat(where(breaches)).containsExactly(INVENTORY_PROPERTIES + ":1:22", INVENTORY_PROPERTIES + ":2:22",
                INVENTORY_PROPERTIES + ":3:18", INVENTORY_PROPERTIES + ":4:18");
        assertThat(breaches.get(0).message()).endsWith(": \"inventory.contract : stock.v6\"");
        assertThat(breaches.get(2).message()).endsWith(": \"inventory.routes.stock.v6=/v6/stock\"");
        assertThat(breaches.get(3).message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                + "key \"inventory.routes.stock.v6\" (written as inventory.routes.stock\\u002ev6)");
    }

    @Test
    void propertiesInAnyEncodingWithItsByteOrderMarkAreRead() {
        Fixtures.write(project, INVENTORY_PROPERTIES, withByteOrderMark("inventory.contract=stock.v6\n",
                StandardCharsets.UTF_16LE));
        Fixtures.write(project, "src/main/resources/utf8-bom.properties",
                "\uFEFFinventory.contract=stock.v6\n".getBytes(StandardCharsets.UTF_8));
        assertThat(where(stock())).containsExactly(INVENTORY_PROPERTIES + ":1:20",
                "src/main/resources/utf8-bom.properties:1:20");
    }

    @Test
    void propertiesWithAMalformedEscapeCannotBeReadAndSaySo() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "inventory.contract=stock.v5\ninventory.flag=\\u00zz\n");
        assertThat(stock()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.file()).isEqualTo(INVENTORY_PROPERTIES);
            assertThat(b.message()).startsWith("runtime configuration cannot be read as the runtime reads it (java.util.Properties): ")
                    .endsWith("; it was not scanned");
        });
    }

    @Test
    void xmlPropertiesAreReadWithLoadFromXml() {
        Fixtures.write(project, INVENTORY_XML, XML_DOCTYPE + "<properties>\n"
                + "  <comment>stock.v6 after the approved cutover</comment>\n"
                + "  <entry key=\"inventory.contract\">stock&#46;v6</entry>\n"
                + "  <entry key=\"inventory.fallback\">stock.v6</entry>\n"
                + "</properties>\n");
        Fixtures.write(project, "src/main/resources/logback.xml", "<configuration><!-- stock.v6 --></configuration>\n");
        Findings findings = stock(List.of());
        assertThat(where(findings.breaches())).containsExactly(INVENTORY_XML + ":5:35", INVENTORY_XML + ":6:35");
        assertThat(findings.breaches().get(0).message()).isEqualTo("runtime configuration names the target contract "
                + "stock.v6: inventory.contract = \"stock.v6\" (written as stock&#46;v6)");
        assertThat(findings.detail()).contains("1 XML file not read (not a java.util.Properties XML document): "
                + "src/main/resources/logback.xml");
    }

    @Test
    void yamlDoubleQuotedEscapeIsReadAsTheTargetContract() {
        Fixtures.write(project, INVENTORY_YAML, "# rehearsal of stock.v6 only\ninventory:\n  contract: \"stock\\x2ev6\"\n");
        assertThat(stock()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-RUNTIME-SWITCH");
            assertThat(b.location()).isEqualTo(new Location(3, 14));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                    + "inventory.contract = \"stock.v6\" (written as \"stock\\x2ev6\")");
        });
    }

    @Test
    void jsonUnicodeEscapeIsReadAsTheTargetContract() {
        Fixtures.write(project, INVENTORY_JSON, "{\n  \"inventory\": {\"contract\": \"stock\\u002ev6\"}\n}\n");
        assertThat(stock()).singleElement().satisfies(b -> {
            assertThat(b.location()).isEqualTo(new Location(2, 30));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                    + "inventory.contract = \"stock.v6\" (written as \"stock\\u002ev6\")");
        });
    }

    @Test
    void utf16YamlWithByteOrderMarkIsRead() {
        Fixtures.write(project, INVENTORY_YAML, withByteOrderMark("inventory:\n  contract: stock.v6\n",
                StandardCharsets.UTF_16BE));
        assertThat(stock()).singleElement().satisfies(b -> {
            assertThat(b.location()).isEqualTo(new Location(2, 13));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                    + "\"contract: stock.v6\"");
        });
    }

    @Test
    void yamlKeysAndEveryDocumentAreChecked() {
        Fixtures.write(project, INVENTORY_YAML, String.join("\n",
                "inventory:",
                "  contract: stock.v5",
                "  routes:",
                "    stock.v6: /v6/stock",
                "---",
                "spring.config.activate.on-profile: rehearsal",
                "inventory.contract: stock.v6",
                ""));
        assertThat(where(stock())).containsExactly(INVENTORY_YAML + ":4:5", INVENTORY_YAML + ":7:21");
    }

    @Test
    void runtimeConfigThatDoesNotParseIsABreachNotASkip() {
        Fixtures.write(project, INVENTORY_YAML, "inventory:\n  contract: [stock.v5\n");
        Fixtures.write(project, INVENTORY_JSON, "{\"contract\": \"stock.v5\",}\n");
        List<Breach> breaches = stock();
        assertThat(breaches).extracting(Breach::ruleId).containsExactly("JSON-PARSE", "JSON-PARSE");
        assertThat(breaches).extracting(Breach::file).containsExactlyInAnyOrder(INVENTORY_YAML, INVENTORY_JSON);
        assertThat(breaches).allSatisfy(b -> {
            assertThat(b.message()).startsWith("runtime configuration cannot be read as the runtime reads it");
            assertThat(b.location().isKnown()).isTrue();
        });
    }

    @Test
    void commentsAndUnrelatedValuesStillPass() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "# stock.v6 after the cutover\n! stock\\u002ev6 later\n"
                + "inventory.contract=stock.v5\ninventory.note=see stock.v61 and stock.v6x\n");
        Fixtures.write(project, INVENTORY_YAML, "# stock.v6 is rehearsed\ninventory:\n  contract: stock.v5  # not stock.v6\n");
        Fixtures.write(project, INVENTORY_JSON, "{\"contract\": \"stock.v5\", \"next\": \"stock.v61\"}\n");
        Fixtures.write(project, INVENTORY_XML, XML_DOCTYPE + "<properties><comment>stock.v6</comment>"
                + "<entry key=\"inventory.contract\">stock.v5</entry></properties>\n");
        Findings findings = stock(List.of());
        assertThat(findings.breaches()).isEmpty();
        assertThat(findings.inputs()).hasSize(4);
    }

    @Test
    void forbiddenPatternsMatchValuesAndKeysAsRead() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "inventory.envelope=stock_v6\\u005fenvelope\n"
                + "stock_v6_errors.enabled=true\n# stock_v6_comment\n");
        List<Breach> breaches = stock(List.of("stock_v6_\\w+")).breaches();
        assertThat(where(breaches)).containsExactly(INVENTORY_PROPERTIES + ":1:20", INVENTORY_PROPERTIES + ":2:1");
        assertThat(breaches.get(0).message()).isEqualTo("runtime configuration matches the forbidden runtime pattern "
                + "/stock_v6_\\w+/: inventory.envelope = \"stock_v6_envelope\" (written as stock_v6\\u005fenvelope)");
    }

    @Test
    void propertiesLogicalLinesAreSplitAsPropertiesSplitsThem() {
        Fixtures.write(project, INVENTORY_PROPERTIES, String.join("",
                "a=one \\\r\n",                        // 1 continued (CRLF) ...
                "# not a comment: stock.v6\r\n",         // 2 ... so this is content
                "b=two \\\\\n",                        // 3 even backslashes: not continued
                "# stock.v6 in a comment\r",             // 4 a comment (CR line end)
                "c=\\\n",                               // 5 continued ...
                "   \\\n",                              // 6 ... by a blank line that is continued too
                "\t\f stock.v6\n",                       // 7
                "d = x\\\n",                            // 8 continued by an empty line: the entry ends
                "\n",                                    // 9
                "e=stock.v6 \\"));                      // 10 a last line ending in a backslash
        assertThat(where(stock())).containsExactly(INVENTORY_PROPERTIES + ":2:18", INVENTORY_PROPERTIES + ":7:4",
                INVENTORY_PROPERTIES + ":10:3");
    }

    @Test
    void everyEntryIsCheckedEvenWhenALaterOneWins() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "inventory.contract=stock.v6\ninventory.contract=stock.v5\n");
        assertThat(where(stock())).containsExactly(INVENTORY_PROPERTIES + ":1:20");
    }

    @Test
    void utf8PropertiesAreReadInBothDecodingsWithoutDuplicateHits() {
        Fixtures.write(project, INVENTORY_PROPERTIES, "inventory.label=Caf\u00e9 \u00e0 la carte\ninventory.contract=stock.v6\n");
        assertThat(where(stock())).containsExactly(INVENTORY_PROPERTIES + ":2:20");
    }

    @Test
    void yamlAnchorsAreReadWhereTheyAreWrittenAndBlockScalarsAtTheirLine() {
        Fixtures.write(project, INVENTORY_YAML, String.join("\n",
                "defaults: &inventory",
                "  contract: \"stock.v\\u0036\"",
                "storefront:",
                "  <<: *inventory",
                "  note: |",
                "    keep stock.v5",
                "    until stock.v6 is approved",
                "  folded: >",
                "    moves to",
                "    stock.v6",
                ""));
        List<Breach> breaches = stock();
        assertThat(where(breaches)).containsExactly(INVENTORY_YAML + ":2:14", INVENTORY_YAML + ":7:11",
                INVENTORY_YAML + ":8:11");
        assertThat(breaches.get(1).message()).endsWith(": \"until stock.v6 is approved\"");
        assertThat(breaches.get(2).message()).isEqualTo("runtime configuration names the target contract stock.v6: "
                + "storefront.folded = \"moves to stock.v6\\n\" (written as > \u23ce moves to \u23ce stock.v6 on lines 8-10)");
    }

    @Test
    void xmlPropertiesInTheEncodingTheyDeclareAndTextFilesWithAByteOrderMarkAreRead() {
        Fixtures.write(project, INVENTORY_XML, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n"
                + "<properties>\n  <entry key=\"inventory.label\">Caf\u00e9</entry>\n"
                + "  <entry key=\"inventory.contract\">stock.v6</entry>\n</properties>\n").getBytes(StandardCharsets.ISO_8859_1));
        Fixtures.write(project, "config/prod/runtime.env", withByteOrderMark("INVENTORY_CONTRACT=stock.v6\n",
                StandardCharsets.UTF_16BE));
        Findings findings = new NoRuntimeSwitch("stock.v6", List.of(), "stock.v5").check(new ProjectFiles(project),
                new GlobSelection(List.of("src/main/resources/*.xml", "config/**/*.env"), List.of()), 1 << 20,
                BreachLimit.DEFAULT);
        assertThat(where(findings.breaches())).containsExactly("config/prod/runtime.env:1:20", INVENTORY_XML + ":5:35");
        assertThat(findings.breaches().get(1).message()).endsWith(": \"<entry key=\"inventory.contract\">stock.v6</entry>\"");
    }

    @Test
    void invalidForbiddenPatternIsAConfigurationError() {
        assertThatThrownBy(() -> GuardRequest.compilePatterns(List.of("ok", "service_v3_(")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forbiddenRuntimePatterns entry 'service_v3_(' is not a valid regular expression");
    }
}
