// The matrix has the baseline lines but its v0.3.2 row holds an abbreviated SHA, so no row has tag and full SHA side by side: MATRIX-APPROVED-ROW.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
its.assertBreaches(required: ['MATRIX-APPROVED-ROW'], at: ['MATRIX-APPROVED-ROW': 'docs/COMPATIBILITY_MATRIX.md:18'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json', 'docs/COMPATIBILITY_MATRIX.md')
true
