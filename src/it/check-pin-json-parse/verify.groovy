// The pin names release_tag twice and the last value is the right one: still JSON-PARSE (no silent last-key-wins), at the duplicate.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['JSON-PARSE'], at: ['JSON-PARSE': 'config/integration-pin.json:4'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
assert breaches.find { it.rule == 'JSON-PARSE' }.text.contains('release_tag') : 'JSON-PARSE should name the duplicate key'
true
