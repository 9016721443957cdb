// release_tag "0.3.2" does not match releaseTagPattern and commit_sha is upper case: PIN-FORMAT for both.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
its.assertBreaches(required: ['PIN-FORMAT'], optional: ['PIN-RELEASE-TAG', 'PIN-COMMIT-SHA'], at: ['PIN-FORMAT': ['config/integration-pin.json:3', 'config/integration-pin.json:4']])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
true
