// the inventory-service's StockErrorEnvelope is type: [object, "null"]: a null error body carries none of the required fields
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE'], at: ['ALIGN-ENVELOPE': 'openapi.yaml:29:7'])
assert breaches*.text == [
        '[ERROR] openapi.yaml:29:7 ALIGN-ENVELOPE the error envelope StockErrorEnvelope admits null as well as an '
                + 'object (type null), so an error body may carry none of the fields the plugin\'s default policy '
                + 'requires (make the envelope type: object only)']
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
