// The pin names another commit than the baseline: PIN-COMMIT-SHA at the value.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['PIN-COMMIT-SHA'], at: ['PIN-COMMIT-SHA': 'config/integration-pin.json:4:17'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-COMMIT-SHA' && it.text.contains('7e4806a34b98e6c06ee33fa9f11499a975e7b922') && it.text.contains('cf331449e1589581a5dcbb3adecd3e9ae4509277') }
true
