// Cutover mode without the joint approval record: CUTOVER-APPROVAL, runtime cutover NO-GO, and the build fails.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts('GO', 'NO-GO')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] approval/cutover-approval.json CUTOVER-APPROVAL ') }
assert its.buildLog().contains('verdict: Runtime cutover NO-GO: the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach: ')
verdict.assertReports('GO', 'NO-GO')
assert !its.file('approval/cutover-approval.json').exists()
true
