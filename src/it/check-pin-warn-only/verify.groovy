// A PIN-API-CONTRACT breach with -Dcutover.failOnBreach=false: a [WARNING] line, evidence status warn, BUILD SUCCESS.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildSuccess()
its.assertBreaches(level: 'WARNING', required: ['PIN-API-CONTRACT'], at: ['PIN-API-CONTRACT': 'config/integration-pin.json:6:36'])
its.assertEvidence('warn')
its.assertInputsUnchanged('config/integration-pin.json')
true
