// The compatibility matrix's release-tag line names v0.3.1 instead of the baseline v0.3.2: MATRIX-BASELINE.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
its.assertBreaches(required: ['MATRIX-BASELINE'], at: ['MATRIX-BASELINE': 'docs/COMPATIBILITY_MATRIX.md:7'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json', 'docs/COMPATIBILITY_MATRIX.md')
true
