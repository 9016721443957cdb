// pinFile names a file that does not exist: before the fix the verdict skipped check-pin and the pin guard and said GO.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts('NO-GO', 'NO-GO')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] config/integration-pin.jsn FILE-MISSING') }
def json = verdict.assertReports('NO-GO', 'NO-GO')
assert json.goals.find { it.goal == 'check-pin' }.status == 'fail'
assert json.goals.find { it.goal == 'guard' }.checks.find { it.id == 'guard.pin-unchanged' }.status != 'skipped'
true
