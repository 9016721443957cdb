package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaCatalogTest {

    @TempDir
    Path dir;

    private JsonDocument load(Path file) throws Exception {
        return new StrictJsonReader(InputLimits.DEFAULT).parse(new InputReader(1 << 20).read(file, file.getFileName().toString()));
    }

    @Test
    void bundledSchemaIsCompiledOnceAndShared() {
        assertThat(SchemaCatalog.bundled("integration-pin.v1")).isSameAs(SchemaCatalog.bundled("integration-pin.v1"));
    }

    @Test
    void referencePinsAndManifestsPassTheirSchemas() throws Exception {
        for (String side : List.of("consumer-rehearsal", "consumer-post-cutover")) {
            assertThat(MatchesSchema.bundled("integration-pin.v1").check(load(Fixtures.reference(side + "/memorykernel-integration-pin.json")))).isEmpty();
            assertThat(MatchesSchema.bundled("producer-contract-manifest.v1").check(load(Fixtures.reference(side + "/memorykernel-producer-manifest.json")))).isEmpty();
        }
    }

    @Test
    void anEmptyErrorCodeListIsAllowedOnlyWhenTheManifestDeclaresItsCodesFreeStrings() throws Exception {
        String manifest = Fixtures.referenceText("producer/contracts-integration-v1/producer-contract-manifest.json");
        String codes = manifest.substring(manifest.indexOf("\"error_code_enum\""), manifest.indexOf("]") + 1);
        String empty = manifest.replace(codes, "\"error_code_enum\": []");
        String freeStrings = manifest.replace(codes, "\"error_codes_enumerated\": false,\n  \"error_code_enum\": []");
        String contradicting = manifest.replace(codes, "\"error_codes_enumerated\": false,\n  " + codes);
        String enumerated = manifest.replace(codes, "\"error_codes_enumerated\": true,\n  " + codes);
        assertThat(manifestBreaches(freeStrings)).isEmpty();
        assertThat(manifestBreaches(enumerated)).isEmpty();
        assertThat(manifestBreaches(empty)).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/error_code_enum");
            assertThat(b.message()).contains("1");
        });
        assertThat(manifestBreaches(contradicting)).singleElement()
                .satisfies(b -> assertThat(b.jsonPointer()).isEqualTo("/error_code_enum"));
    }

    private List<Breach> manifestBreaches(String text) throws Exception {
        return MatchesSchema.bundled("producer-contract-manifest.v1").check(load(Fixtures.write(dir, "manifest.json", text)));
    }

    @Test
    void timeoutBelowMinimumIsReportedAtItsLine() throws Exception {
        String pin = Fixtures.referenceText("consumer-rehearsal/memorykernel-integration-pin.json")
                .replace("\"default_timeout_ms\": 2500", "\"default_timeout_ms\": 50");
        List<Breach> breaches = MatchesSchema.bundled("integration-pin.v1").check(load(Fixtures.write(dir, "pin.json", pin)));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/default_timeout_ms");
            assertThat(b.location().line()).isEqualTo(10);
            assertThat(b.location().column()).isEqualTo(25);
            assertThat(b.message()).contains("default_timeout_ms").contains("100");
        });
    }

    /**
     * Issue #25 defect 4: {@code 1e20} crashed the validator ("'DecimalNode' method asLong() cannot convert"), a huge
     * integer passed silently; now each is a breach at its line, and a timeout fits an int.
     */
    @Test
    void aTimeoutBeyondWhatItMeansIsReportedAtItsLineNotACrash() throws Exception {
        for (String timeout : List.of("1e20", "10000000000000000000000", "-1e400", "2147483648")) {
            String pin = Fixtures.referenceText("consumer-rehearsal/memorykernel-integration-pin.json")
                    .replace("\"default_timeout_ms\": 2500", "\"default_timeout_ms\": " + timeout);
            List<Breach> breaches = MatchesSchema.bundled("integration-pin.v1").check(load(Fixtures.write(dir, "pin.json", pin)));
            assertThat(breaches).as(timeout).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
                assertThat(b.jsonPointer()).isEqualTo("/default_timeout_ms");
                assertThat(b.location().line()).isEqualTo(10);
            });
        }
    }

    @Test
    void missingMembersAreReported() throws Exception {
        Path file = Fixtures.write(dir, "pin.json", "{\n  \"release_tag\": \"v0.3.2\"\n}\n");
        List<Breach> breaches = MatchesSchema.bundled("integration-pin.v1").check(load(file));
        assertThat(breaches).extracting(Breach::message).anySatisfy(m -> assertThat(m).contains("commit_sha"));
        assertThat(breaches).allSatisfy(b -> assertThat(b.location().line()).isEqualTo(1));
    }

    @Test
    void aLocalRefThatNamesNoFileIsReportedWithoutTheMachinesPath() throws Exception {
        // issue #25: the schema is named as configured, never by its absolute file: URI
        Path schema = Fixtures.write(dir, "contracts/stock.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "properties": {"sku": {"$ref": "sku.schema.json"}}}
                """);
        assertThatThrownBy(() -> SchemaCatalog.local(schema, "contracts/stock.schema.json", InputLimits.DEFAULT))
                .isInstanceOf(SchemaProblem.class)
                .hasMessage("schema contracts/stock.schema.json is not a usable JSON Schema: java.io.FileNotFoundException: "
                        + "contracts/sku.schema.json");
    }

    @Test
    void remoteRefIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path schema = Fixtures.write(dir, "remote.schema.json", """
                    {"$schema": "https://json-schema.org/draft/2020-12/schema",
                     "$ref": "http://127.0.0.1:%d/never-fetched.json"}
                    """.formatted(listener.getLocalPort()));
            assertThatThrownBy(() -> SchemaCatalog.local(schema, "remote.schema.json", InputLimits.DEFAULT)
                            .validate(load(Fixtures.write(dir, "x.json", "{}")).root()))
                    .isInstanceOf(SchemaProblem.class)
                    .hasMessageContaining("remote.schema.json")
                    .hasMessageContaining("never fetched");
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void catastrophicBacktrackingPatternEndsInABreachNotAHang() throws Exception {
        Path schema = Fixtures.write(dir, "evil.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "properties": {"tag": {"type": "string", "pattern": "^(a+)+\\\\1$"}}}
                """);
        var compiled = SchemaCatalog.local(schema, "evil.schema.json", InputLimits.DEFAULT);
        var payload = load(Fixtures.write(dir, "payload.json", "{\"tag\": \"" + "a".repeat(40) + "!\"}"));
        List<Breach> breaches = new MatchesSchema(compiled, "evil.schema.json").check(payload);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.message()).contains("^(a+)+\\1$").contains("catastrophic backtracking");
        });
        var benign = load(Fixtures.write(dir, "ok.json", "{\"tag\": \"aaaa\"}"));
        assertThat(new MatchesSchema(compiled, "evil.schema.json").check(benign)).isEmpty();
    }
}
