// default_timeout_ms is 50 (the schema requires >= 100): JSON-SCHEMA at /default_timeout_ms.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': 'config/integration-pin.json:10:25'])
def evidence = its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
assert evidence.breaches.find { it.rule_id == 'JSON-SCHEMA' }.json_pointer == '/default_timeout_ms'
true
