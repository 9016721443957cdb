// The pin says api.v2, the baseline api.v1: PIN-API-CONTRACT at the value.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['PIN-API-CONTRACT'], at: ['PIN-API-CONTRACT': 'config/integration-pin.json:6:36'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-API-CONTRACT' && it.text.contains('api.v2') && it.text.contains('api.v1') }
true
