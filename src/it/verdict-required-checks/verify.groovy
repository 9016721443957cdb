// requiredChecks: a required goal whose inputs are not configured, and a required check that was skipped, are
// VERDICT-INCOMPLETE errors; the required goal and check that ran raise nothing.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts('NO-GO', 'NO-GO')
def incomplete = its.breachLines().findAll { it.rule == 'VERDICT-INCOMPLETE' }
assert incomplete*.level == ['ERROR', 'ERROR']
assert incomplete[0].text.contains('required check check-docs did not run (goal check-docs ran no check: no documents configured)')
assert incomplete[1].text.contains('required check git.tag-sha did not run (check git.tag-sha was skipped: no producerRepository configured)')
assert its.buildLog().contains('[INFO] Rehearsal continuation: NO-GO (2 error-level breaches: VERDICT-INCOMPLETE)')
def json = verdict.assertReports('NO-GO', 'NO-GO')
assert json.goals*.goal.last() == 'verdict'
assert json.goals.last().checks*.id == ['verdict.required-checks']
true
