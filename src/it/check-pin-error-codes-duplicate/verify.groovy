// The mirrored manifest (correctly hashed in the pin) lists write_failed twice: ERROR-CODES.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['ERROR-CODES'], at: ['ERROR-CODES': 'config/producer-manifest.json:14:5'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
assert breaches.any { it.rule == 'ERROR-CODES' && it.text.contains('write_failed') }
true
