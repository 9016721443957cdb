// the inventory-service's shared StockError response (404 and 500 of GET /v1/stock/{sku}) returns allOf [$ref StockErrorEnvelope, {required: [legacy_error, api_contract_version]}]: the envelope is closed and clean, the response requires both forbidden fields
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE'], 
        at: ['ALIGN-ENVELOPE': ['openapi.yaml:28:28', 'openapi.yaml:28:42']])
assert breaches.findAll { it.rule == 'ALIGN-ENVELOPE' }*.text == [
        '[ERROR] openapi.yaml:28:28 ALIGN-ENVELOPE response StockError requires legacy_error beside the error envelope '
                + "StockErrorEnvelope; the plugin's default policy forbids it (remove legacy_error from the response)",
        '[ERROR] openapi.yaml:28:42 ALIGN-ENVELOPE response StockError requires api_contract_version beside the error '
                + "envelope StockErrorEnvelope; the plugin's default policy forbids it (remove api_contract_version from "
                + 'the response)']
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
