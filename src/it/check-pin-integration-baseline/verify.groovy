// The baseline says integration/v2, the pin integration/v1: PIN-INTEGRATION-BASELINE at the pin value.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['PIN-INTEGRATION-BASELINE'], at: ['PIN-INTEGRATION-BASELINE': 'config/integration-pin.json:7:36'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-INTEGRATION-BASELINE' && it.text.contains('integration/v1') && it.text.contains('integration/v2') }
true
