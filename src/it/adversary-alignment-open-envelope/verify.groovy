// the inventory-service's StockErrorEnvelope leaves additionalProperties unset: an open envelope admits legacy_error and api_contract_version
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE'], at: ['ALIGN-ENVELOPE': 'openapi.yaml:28:5'])
assert breaches*.text == [
        '[ERROR] openapi.yaml:28:5 ALIGN-ENVELOPE the error envelope StockErrorEnvelope is open: no schema that applies '
                + 'to it closes it (additionalProperties: false) or names legacy_error or api_contract_version, so an '
                + 'error body carrying legacy_error or api_contract_version validates against it; the plugin\'s default '
                + 'policy forbids them (close the envelope: additionalProperties: false, or unevaluatedProperties: false '
                + 'in OpenAPI 3.1 when it is built from allOf parts)']
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
