// the inventory-service's StockErrorEnvelope leaves additionalProperties unset: an open envelope admits legacy_error and api_contract_version
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
