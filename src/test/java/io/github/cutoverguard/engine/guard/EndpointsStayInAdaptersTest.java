package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointsStayInAdaptersTest {

    private static final String ADAPTER = "src/main/java/com/example/memorykernel/MemoryKernelClient.java";
    private static final String CONTROLLER = "src/main/java/com/example/web/ContextController.java";

    @TempDir
    java.nio.file.Path project;

    @BeforeEach
    void sources() {
        Fixtures.write(project, ADAPTER, """
                package com.example.memorykernel;

                final class MemoryKernelClient {
                    static final String CONTEXT_PACKAGES = "/v1/context-packages";
                    static final String WRITES = "/v1/memory-writes";
                }
                """);
        Fixtures.write(project, "src/test/java/com/example/ClientTest.java", "// \"/v1/context-packages\" in a test is fine\n");
    }

    private Findings check(List<String> adapters, List<String> includes) {
        ProjectFiles files = new ProjectFiles(project);
        return new EndpointsStayInAdapters(files, List.of("/v1/context-packages", "/v1/memory-writes"), adapters)
                .check(files, new GlobSelection(includes.isEmpty() ? EndpointsStayInAdapters.DEFAULT_SOURCE_INCLUDES
                        : includes, List.of()), 1 << 20, BreachLimit.DEFAULT);
    }

    @Test
    void endpointsOnlyInTheAdapterPass() {
        Findings findings = check(List.of(ADAPTER), List.of());
        assertThat(findings.breaches()).isEmpty();
        assertThat(findings.detail()).contains("(1 found); 0 other sources searched");
    }

    @Test
    void endpointOutsideTheAdapterFailsAtFileLineColumn() {
        Fixtures.write(project, CONTROLLER, """
                package com.example.web;

                class ContextController {
                    String url(String base) {
                        return base + "/v1/context-packages/" + "x" + "/v1/context-packages";
                    }
                }
                """);
        List<Breach> breaches = check(List.of("src/main/java/**/memorykernel/*Client.java"), List.of()).breaches();
        assertThat(breaches).hasSize(2);
        assertThat(breaches.get(0).ruleId()).isEqualTo("GUARD-ENDPOINT-BOUNDARY");
        assertThat(breaches.get(0).file()).isEqualTo(CONTROLLER);
        assertThat(breaches.get(0).location()).isEqualTo(new Location(5, 24));
        assertThat(breaches.get(1).location()).isEqualTo(new Location(5, 56));
        assertThat(breaches.get(0).message()).isEqualTo("endpoint /v1/context-packages is used outside the adapter files");
        assertThat(breaches.get(0).expected()).isEqualTo("/v1/context-packages only in src/main/java/**/memorykernel/*Client.java");
    }

    @Test
    void withoutAdapterFilesEveryOccurrenceLeaks() {
        assertThat(check(List.of(), List.of()).breaches()).extracting(b -> b.location().line()).containsExactly(4, 5);
    }

    @Test
    void adapterMayBeGivenAsAnAbsolutePathAndKotlinIsSearchedByDefault() {
        Fixtures.write(project, "src/main/kotlin/com/example/Leak.kt", "val u = \"/v1/memory-writes\"\n");
        List<Breach> breaches = check(List.of(project.resolve(ADAPTER).toString()), List.of()).breaches();
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("src/main/kotlin/com/example/Leak.kt");
            assertThat(b.location()).isEqualTo(new Location(1, 10));
        });
    }

    @Test
    void sourceIncludesChooseWhatIsSearched() {
        assertThat(check(List.of(ADAPTER), List.of("src/**/*.java")).breaches()).singleElement()
                .satisfies(b -> assertThat(b.file()).isEqualTo("src/test/java/com/example/ClientTest.java"));
    }

    /** The breaches for billing's /v7/invoices/lookup when {@code source} is the only Java source besides the adapter. */
    private List<Breach> lookupLeaks(String source) {
        ProjectFiles files = new ProjectFiles(project);
        Fixtures.write(project, "src/main/java/com/example/billing/InvoiceController.java", source);
        return new EndpointsStayInAdapters(files, List.of("/v7/invoices/lookup"),
                List.of("src/main/java/**/billing/adapter/*.java"))
                .check(files, new GlobSelection(List.of("src/main/java/**/billing/**/*.java"), List.of()), 1 << 20,
                        BreachLimit.DEFAULT)
                .breaches();
    }

    /** Issue #25: a controller calling the endpoint 250 times lists the first 100 uses, then how many more. */
    @Test
    void twoHundredFiftyUsesInOneSourceListTheFirstHundredThenHowManyMore() {
        StringBuilder source = new StringBuilder("class InvoiceController {\n");
        for (int i = 1; i <= 250; i++) {
            source.append("    String p").append(i).append(" = \"/v7/invoices/lookup\";\n");
        }
        List<Breach> breaches = lookupLeaks(source.append("}\n").toString());

        assertThat(breaches).hasSize(101);
        assertThat(breaches.get(99).location()).isEqualTo(new io.github.cutoverguard.engine.Location(101, 20));
        assertThat(breaches.get(100)).satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-ENDPOINT-BOUNDARY");
            assertThat(b.file()).isEqualTo("src/main/java/com/example/billing/InvoiceController.java");
            assertThat(b.message()).isEqualTo("… and 150 more");
        });
    }

    @Test
    void unicodeEscapedEndpointIsReadAsJavacReadsIt() {
        List<Breach> breaches = lookupLeaks("""
                package com.example.billing;

                class InvoiceController {
                    // the billing adapter owns /v7/invoices/lookup
                    static final String LOOKUP = "/v7/invoices/\\u006cookup";
                    static final String LOOKUP_TOO = "\\uuu002Fv7/invoices/lookup";
                    static final String NOT_AN_ESCAPE = "/v7/invoices/\\\\u006cookup";
                }
                """);
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("GUARD-ENDPOINT-BOUNDARY");
        assertThat(breaches).extracting(Breach::location).containsExactly(new Location(4, 33), new Location(5, 35),
                new Location(6, 39));
        assertThat(breaches.get(1).message()).isEqualTo("endpoint /v7/invoices/lookup is used outside the adapter files "
                + "(written as /v7/invoices/\\u006cookup)");
        assertThat(breaches.get(2).message()).endsWith("(written as \\uuu002Fv7/invoices/lookup)");
        assertThat(breaches.get(0).message()).isEqualTo("endpoint /v7/invoices/lookup is used outside the adapter files");
    }

    @Test
    void octalAndOtherStringEscapesAreReadAsJavacReadsThem() {
        List<Breach> breaches = lookupLeaks("""
                class InvoiceController {
                    static final String OCTAL = "/v7/invoices/\\154ookup";
                    static final String BOTH = "/v7\\u002finvoices/\\154ookup";
                    static final String ESCAPED_BACKSLASH = "/v7/invoices/\\\\154ookup";
                }
                """);
        assertThat(breaches).extracting(Breach::location).containsExactly(new Location(2, 34), new Location(3, 33));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "endpoint /v7/invoices/lookup is used outside the adapter files (written as /v7/invoices/\\154ookup)",
                "endpoint /v7/invoices/lookup is used outside the adapter files (written as /v7\\u002finvoices/\\154ookup)");
    }
}
