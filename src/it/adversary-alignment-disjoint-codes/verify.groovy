// the inventory-service's error.code is an allOf of two enums that share no code: their union is the manifest's codes, their intersection is empty
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['ALIGN-ERROR-CODES'], at: ['ALIGN-ERROR-CODES': 'openapi.yaml:42:19'])
assert breaches*.text == [
        '[ERROR] openapi.yaml:42:19 ALIGN-ERROR-CODES StockErrorEnvelope error.code allows no code at all: the enums at '
                + 'openapi.yaml:42 and openapi.yaml:43 must all hold and have no value in common, so no code is valid; '
                + 'contracts/producer-contract-manifest.json lists 3 (state the codes once, in one enum of error.code, '
                + 'or make every enum that applies list them all)']
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
