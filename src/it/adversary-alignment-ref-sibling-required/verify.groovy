// OpenAPI 3.0: StockErrorEnvelope is a $ref to StockErrorBody with a sibling required list, which 3.0 ignores
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE'], at: ['ALIGN-ENVELOPE': 'openapi.yaml:31:5'])
assert breaches*.text.collect { it.substring(0, it.indexOf(';')) } == [
        '[ERROR] openapi.yaml:31:5 ALIGN-ENVELOPE the error envelope StockErrorEnvelope defines service_contract_version '
                + 'but does not require it',
        '[ERROR] openapi.yaml:31:5 ALIGN-ENVELOPE the error envelope StockErrorEnvelope defines error but does not '
                + 'require it (needed for error.code)',
        '[ERROR] openapi.yaml:31:5 ALIGN-ENVELOPE the error envelope StockErrorEnvelope defines error but does not '
                + 'require it (needed for error.message)']
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
