// The mirrored manifest (correctly hashed in the pin) describes v0.3.3 while the pin says v0.3.2: MANIFEST-ALIGNMENT.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['MANIFEST-ALIGNMENT'], at: ['MANIFEST-ALIGNMENT': 'config/producer-manifest.json:3:18'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
assert breaches.any { it.rule == 'MANIFEST-ALIGNMENT' && it.text.contains('v0.3.3') && it.text.contains('v0.3.2') }
true
