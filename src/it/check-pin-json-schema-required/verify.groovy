// The pin lacks default_base_url (required by the schema): JSON-SCHEMA naming the missing member.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': 'config/integration-pin.json'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
assert breaches.find { it.rule == 'JSON-SCHEMA' }.text.contains('default_base_url')
true
