// The pin says v0.3.3, the baseline v0.3.2: PIN-RELEASE-TAG at the value (3:18).
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['PIN-RELEASE-TAG'], at: ['PIN-RELEASE-TAG': 'config/integration-pin.json:3:18'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-RELEASE-TAG' && it.text.contains('v0.3.3') && it.text.contains('v0.3.2') }
true
