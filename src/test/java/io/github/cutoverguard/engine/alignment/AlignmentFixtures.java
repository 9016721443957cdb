package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;

import java.nio.file.Path;

/** The reference producer inputs of {@code check-alignment}, as they are or with textual edits. */
final class AlignmentFixtures {

    static final String OPENAPI = "producer/openapi.yaml";
    static final String PACK = "producer/contracts-integration-v1";
    static final String MANIFEST = PACK + "/producer-contract-manifest.json";
    static final String TRUTH = PACK + "/service-contract-source-of-truth.json";

    private AlignmentFixtures() {
    }

    /** {@code text} with each {@code [from, to]} pair replaced; each {@code from} must occur exactly once. */
    static String edit(String text, String... fromTo) {
        for (int i = 0; i < fromTo.length; i += 2) {
            int at = text.indexOf(fromTo[i]);
            if (at < 0 || text.indexOf(fromTo[i], at + 1) >= 0) {
                throw new IllegalArgumentException("edit anchor must occur once: " + fromTo[i]);
            }
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return text;
    }

    /** The reference openapi.yaml with edits. */
    static String openApiText(String... fromTo) {
        return edit(Fixtures.referenceText(OPENAPI), fromTo);
    }

    /** The reference openapi.yaml with edits, parsed. */
    static OpenApiDocument openApi(String... fromTo) {
        return yaml(openApiText(fromTo));
    }

    /** YAML text parsed strictly as {@code openapi.yaml}. */
    static OpenApiDocument yaml(String text) {
        try {
            return new OpenApiDocument(StrictJsonReader.yaml(InputLimits.DEFAULT).parse(Docs.raw("openapi.yaml", text)));
        } catch (JsonProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The reference manifest with edits, parsed as {@code contracts/producer-contract-manifest.json}. */
    static JsonDocument manifest(String... fromTo) {
        return Docs.json("contracts/producer-contract-manifest.json", edit(Fixtures.referenceText(MANIFEST), fromTo));
    }

    /** The reference source of truth with edits, parsed as {@code contracts/service-contract-source-of-truth.json}. */
    static JsonDocument truth(String... fromTo) {
        return Docs.json("contracts/service-contract-source-of-truth.json", edit(Fixtures.referenceText(TRUTH), fromTo));
    }

    /** Copies the reference producer layout into {@code project}: openapi.yaml and contracts/ (the whole pack). */
    static void producerProject(Path project) {
        Fixtures.write(project, "openapi.yaml", Fixtures.referenceText(OPENAPI));
        for (String file : new String[] {"producer-contract-manifest.json", "service-contract-source-of-truth.json",
                "service-slo-policy.json", "schemas/context-package-envelope.schema.json",
                "schemas/error-envelope.schema.json", "schemas/proposed-memory-write.schema.json",
                "schemas/trust-gate-attachment.schema.json"}) {
            Fixtures.write(project, "contracts/" + file, Fixtures.referenceText(PACK + "/" + file));
        }
    }

    /** The reference envelope of the reference openapi.yaml. */
    static EnvelopeSchema envelope(OpenApiDocument api) {
        return new EnvelopeSchema(api, "/components/schemas/ServiceErrorEnvelope");
    }
}
