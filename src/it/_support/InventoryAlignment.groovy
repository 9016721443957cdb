/*
 * The inventory team's producer for the check-alignment adversary cases: an inventory-service whose OpenAPI 3.1
 * description (stock.v6) returns a closed StockErrorEnvelope from its 4xx/5xx responses, and its contract manifest.
 * setup.groovy writes it with the adversary's edits; verify.groovy checks the build changed none of it. Load with
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

/** The inputs with the adversary's edits ([from: to], each `from` once in openapi.yaml); path -> text. */
Map<String, String> render(Map<String, String> edits) {
    String api = OPENAPI
    edits.each { String from, String to ->
        assert api.count(from) == 1 : "the edit anchor occurs ${api.count(from)} times in openapi.yaml: $from"
        api = api.replace(from, to)
    }
    ['openapi.yaml': api, 'contracts/producer-contract-manifest.json': MANIFEST]
}

/** setup.groovy: writes the inputs. */
void write(Map<String, String> edits) {
    render(edits).each { String path, String text ->
        File f = new File(basedir, path)
        f.parentFile.mkdirs()
        f.setText(text, 'UTF-8')
    }
}

/** The build modified no input. */
void assertUnchanged(Map<String, String> edits) {
    render(edits).each { String path, String text ->
        assert new File(basedir, path).getText('UTF-8') == text : "$path was modified by the build"
    }
}

return this
