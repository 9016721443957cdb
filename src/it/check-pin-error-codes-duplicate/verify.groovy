// The mirrored manifest (correctly hashed in the pin) lists write_failed twice: ERROR-CODES.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['ERROR-CODES'], at: ['ERROR-CODES': 'config/producer-manifest.json:14:5'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
assert breaches.any { it.rule == 'ERROR-CODES' && it.text.contains('write_failed') }
true
