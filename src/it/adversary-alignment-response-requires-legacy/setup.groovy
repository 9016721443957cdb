// the inventory-service's shared StockError response (404 and 500 of GET /v1/stock/{sku}) returns allOf [$ref StockErrorEnvelope, {required: [legacy_error, api_contract_version]}]: the envelope is closed and clean, the response requires both forbidden fields
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
