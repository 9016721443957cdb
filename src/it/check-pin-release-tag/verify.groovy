// The pin says v0.3.3, the baseline v0.3.2: PIN-RELEASE-TAG at the value (3:18).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['PIN-RELEASE-TAG'], at: ['PIN-RELEASE-TAG': 'config/integration-pin.json:3:18'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-RELEASE-TAG' && it.text.contains('v0.3.3') && it.text.contains('v0.3.2') }
true
