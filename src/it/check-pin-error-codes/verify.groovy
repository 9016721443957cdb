// expectedErrorCodes misses internal_error and adds rate_limited: ERROR-CODES naming both.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['ERROR-CODES'], at: ['ERROR-CODES': 'config/producer-manifest.json:8'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
String text = breaches.findAll { it.rule == 'ERROR-CODES' }*.text.join('\n')
assert text.contains('internal_error') && text.contains('rate_limited')
true
