// Rehearsal mode, pin and baseline both on service.v3, which is also the target: PIN-TARGET-CONTRACT.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
its.assertBreaches(required: ['PIN-TARGET-CONTRACT'], at: ['PIN-TARGET-CONTRACT': 'config/integration-pin.json:5:40'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
true
