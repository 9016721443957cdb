/*
 * The inventory team's producer for the check-alignment adversary cases: an inventory-service whose OpenAPI 3.1
 * description (stock.v6) returns a closed StockErrorEnvelope from its 4xx/5xx responses, its contract manifest, and
 * (for a case that passes edits of it) its service-contract source of truth. setup.groovy writes it with the edits; verify.groovy checks the build changed none of it. Load with
 * its.load('InventoryAlignment').
 */
import groovy.transform.Field

/** The loaded ItSupport (set by its.load). */
@Field def its

@Field static final String OPENAPI = '''openapi: 3.1.0
info:
  title: inventory-service
  version: stock.v6
paths:
  /v1/stock/{sku}:
    get:
      operationId: getStock
      responses:
        "200":
          description: the stock of one SKU
          content:
            application/json:
              schema: {type: object}
        "404":
          $ref: "#/components/responses/StockError"
        "500":
          $ref: "#/components/responses/StockError"
components:
  responses:
    StockError:
      description: an error
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/StockErrorEnvelope"
  schemas:
    StockErrorEnvelope:
      type: object
      additionalProperties: false
      required: [service_contract_version, error]
      properties:
        service_contract_version:
          const: stock.v6
        error:
          type: object
          additionalProperties: false
          required: [code, message]
          properties:
            code:
              enum: [sku_unknown, out_of_stock, internal_error]
            message:
              type: string
'''

@Field static final String MANIFEST = '''{
  "manifest_contract_version": "producer-contract-manifest.v1",
  "release_tag": "v6.2.0",
  "commit_sha": "0123456789abcdef0123456789abcdef01234567",
  "expected_service_contract_version": "stock.v6",
  "expected_api_contract_version": "inventory-api.v2",
  "integration_baseline": "integration/v6",
  "error_code_enum": ["sku_unknown", "out_of_stock", "internal_error"]
}
'''

/** The inventory-service's source of truth, shared with the unit tests (SourceOfTruthSchemaTest). */
String sourceOfTruth() {
    new File(its.projectRoot(), 'src/test/resources/inventory/service-contract-source-of-truth.json').getText('UTF-8')
}

/** `text` with each [from: to] edit applied, each `from` occurring once in it (the file `name`). */
static String edited(String name, String text, Map<String, String> edits) {
    edits.each { String from, String to ->
        assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in $name: $from"
        text = text.replace(from, to)
    }
    text
}

/**
 * The inputs with the edits ([from: to], each `from` once in openapi.yaml); with `truthEdits` (even none), the source of
 * truth too, with those edits; path -> text.
 */
Map<String, String> render(Map<String, String> edits, Map<String, String> truthEdits = null) {
    Map<String, String> inputs = ['openapi.yaml': edited('openapi.yaml', OPENAPI, edits),
                                  'contracts/producer-contract-manifest.json': MANIFEST]
    if (truthEdits != null) {
        inputs['contracts/service-contract-source-of-truth.json'] = edited('the source of truth', sourceOfTruth(), truthEdits)
    }
    inputs
}

/** setup.groovy: writes the inputs. */
void write(Map<String, String> edits, Map<String, String> truthEdits = null) {
    render(edits, truthEdits).each { String path, String text ->
        File f = new File(basedir, path)
        f.parentFile.mkdirs()
        f.setText(text, 'UTF-8')
    }
}

/** The build modified no input. */
void assertUnchanged(Map<String, String> edits, Map<String, String> truthEdits = null) {
    render(edits, truthEdits).each { String path, String text ->
        assert new File(basedir, path).getText('UTF-8') == text : "$path was modified by the build"
    }
}

return this
