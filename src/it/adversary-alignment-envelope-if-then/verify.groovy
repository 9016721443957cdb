// the inventory-service's StockErrorEnvelope stays closed but requires legacy_error through if/then, api_contract_version through dependentSchemas, and admits legacy fields through patternProperties
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE'],
        at: ['ALIGN-ENVELOPE': ['openapi.yaml:33:25', 'openapi.yaml:35:28', 'openapi.yaml:37:9']])
assert breaches*.text.collect { it.substring(0, it.indexOf(';')) } == [
        '[ERROR] openapi.yaml:37:9 ALIGN-ENVELOPE the error envelope StockErrorEnvelope admits legacy_error through '
                + 'patternProperties "^legacy_"',
        '[ERROR] openapi.yaml:33:25 ALIGN-ENVELOPE the error envelope StockErrorEnvelope requires legacy_error (under then)',
        '[ERROR] openapi.yaml:35:28 ALIGN-ENVELOPE the error envelope StockErrorEnvelope requires api_contract_version '
                + '(under dependentSchemas/error)']
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
