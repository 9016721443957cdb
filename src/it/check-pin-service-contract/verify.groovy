// The baseline says service.v1, the pin service.v2: PIN-SERVICE-CONTRACT at the pin value.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['PIN-SERVICE-CONTRACT'], at: ['PIN-SERVICE-CONTRACT': 'config/integration-pin.json:5:40'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-SERVICE-CONTRACT' && it.text.contains('service.v2') && it.text.contains('service.v1') }
true
