// The baseline says integration/v2, the pin integration/v1: PIN-INTEGRATION-BASELINE at the pin value.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['PIN-INTEGRATION-BASELINE'], at: ['PIN-INTEGRATION-BASELINE': 'config/integration-pin.json:7:36'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-INTEGRATION-BASELINE' && it.text.contains('integration/v1') && it.text.contains('integration/v2') }
true
