// The pin names another commit than the baseline: PIN-COMMIT-SHA at the value.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['PIN-COMMIT-SHA'], at: ['PIN-COMMIT-SHA': 'config/integration-pin.json:4:17'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
// the message states the pinned value and the baseline value
assert breaches.any { it.rule == 'PIN-COMMIT-SHA' && it.text.contains('7e4806a34b98e6c06ee33fa9f11499a975e7b922') && it.text.contains('cf331449e1589581a5dcbb3adecd3e9ae4509277') }
true
