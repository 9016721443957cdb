// The pin lacks default_base_url (required by the schema): JSON-SCHEMA naming the missing member and where to add it (#17).
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': 'config/integration-pin.json'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
String line = breaches.find { it.rule == 'JSON-SCHEMA' }.text
assert line.contains('JSON-SCHEMA the document lacks the required property "default_base_url" (schema integration-pin.v1) (add "default_base_url" to the document)') : line
true
