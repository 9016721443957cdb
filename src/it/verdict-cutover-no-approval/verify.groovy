// Cutover mode without the joint approval record: CUTOVER-APPROVAL, runtime cutover NO-GO, and the build fails.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def verdict = evaluate(new File(root, 'src/it/_support/VerdictSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts(its, 'GO', 'NO-GO')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] approval/cutover-approval.json CUTOVER-APPROVAL ') }
assert its.buildLog().contains('verdict: Runtime cutover NO-GO: the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach)')
verdict.assertReports(its, 'GO', 'NO-GO')
assert !its.file('approval/cutover-approval.json').exists()
true
