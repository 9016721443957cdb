// expectedErrorCodes misses internal_error and adds rate_limited: ERROR-CODES naming both.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['ERROR-CODES'], at: ['ERROR-CODES': 'config/producer-manifest.json:8'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
String text = breaches.findAll { it.rule == 'ERROR-CODES' }*.text.join('\n')
assert text.contains('internal_error') && text.contains('rate_limited')
true
