/*
 * The inventory team's producer for the producer-verdict ITs: an inventory-service released as v6.2.0 / stock.v6,
 * rehearsing stock.v7. Its canonical contract pack (the released manifest and the error envelope's schema) under
 * contracts/integration/v6, a byte-identical mirror in its stock-api service, and its OpenAPI description at stock.v6
 * (InventoryAlignment's).
 * The rehearsal handoff is generated in the build (generate-handoff) and validated by the verdict with checkStale.
 * setup.groovy writes it, with the adversary's or the case's edits; verify.groovy checks the build changed none of it.
 * Load with its.load('InventoryProducer').
 */
import groovy.transform.Field

/** The loaded ItSupport (set by its.load). */
@Field def its

/** The canonical pack, and its mirror in the stock-api service. */
@Field static final String CANONICAL = 'contracts/integration/v6'
@Field static final String MIRROR = 'services/stock-api/src/main/resources/contracts/integration/v6'

@Field static final String MANIFEST = '''{
  "manifest_contract_version": "producer-contract-manifest.v1",
  "release_tag": "v6.2.0",
  "commit_sha": "6b2e0c4d1a9f8e7d6c5b4a39281706f5e4d3c2b1",
  "expected_service_contract_version": "stock.v6",
  "expected_api_contract_version": "inventory-api.v2",
  "integration_baseline": "integration/v6",
  "error_code_enum": ["sku_unknown", "out_of_stock", "internal_error"],
  "stability_window": {
    "minimum_sprint_days": 14
  }
}
'''

@Field static final String ENVELOPE_SCHEMA = '''{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://inventory.example/contracts/v6/stock-error-envelope.schema.json",
  "type": "object",
  "required": ["service_contract_version", "error"]
}
'''


/**
 * The inputs, path -> text, with {@code edits}: path -> [from: to] (each `from` once in that file's text); a path
 * that is not an input is added.
 */
Map<String, String> render(Map<String, Map<String, String>> edits = [:]) {
    Map<String, String> files = new LinkedHashMap<>()
    files['openapi.yaml'] = its.load('InventoryAlignment').OPENAPI
    [CANONICAL, MIRROR].each { String pack ->
        files[pack + '/producer-contract-manifest.json'] = MANIFEST
        files[pack + '/schemas/stock-error-envelope.schema.json'] = ENVELOPE_SCHEMA
    }
    edits.each { String path, Map<String, String> changes ->
        String text = files[path]
        assert text != null : "no input $path"
        changes.each { String from, String to ->
            assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in $path: $from"
            text = text.replace(from, to)
        }
        files[path] = text
    }
    files
}

/** setup.groovy: writes the inputs. */
void write(Map<String, Map<String, String>> edits = [:]) {
    render(edits).each { String path, String text ->
        File f = new File(basedir, path)
        f.parentFile.mkdirs()
        f.setText(text, 'UTF-8')
    }
}

/** The build modified no input. */
void assertUnchanged(Map<String, Map<String, String>> edits = [:]) {
    render(edits).each { String path, String text ->
        assert new File(basedir, path).getText('UTF-8') == text : "$path was modified by the build"
    }
}

return this
