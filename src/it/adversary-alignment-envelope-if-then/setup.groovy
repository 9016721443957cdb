// the inventory-service's StockErrorEnvelope stays closed but requires legacy_error through if/then, api_contract_version through dependentSchemas, and admits legacy fields through patternProperties
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
