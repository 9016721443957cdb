// The pin says api.v2, the baseline api.v1: PIN-API-CONTRACT at the value.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['PIN-API-CONTRACT'], at: ['PIN-API-CONTRACT': 'config/integration-pin.json:6:36'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-API-CONTRACT' && it.text.contains('api.v2') && it.text.contains('api.v1') }
true
