// The mirrored manifest (correctly hashed in the pin) describes v0.3.3 while the pin says v0.3.2: MANIFEST-ALIGNMENT.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['MANIFEST-ALIGNMENT'], at: ['MANIFEST-ALIGNMENT': 'config/producer-manifest.json:3:18'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
assert breaches.any { it.rule == 'MANIFEST-ALIGNMENT' && it.text.contains('v0.3.3') && it.text.contains('v0.3.2') }
true
