// The baseline says service.v1, the pin service.v2: PIN-SERVICE-CONTRACT at the pin value.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['PIN-SERVICE-CONTRACT'], at: ['PIN-SERVICE-CONTRACT': 'config/integration-pin.json:5:40'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-SERVICE-CONTRACT' && it.text.contains('service.v2') && it.text.contains('service.v1') }
true
