// The pin (default path, not named in the POM) was deleted since origin/main: before the fix the verdict said
// "GO (no error-level breach in 4 checks of 1 goals)" with guard.pin-unchanged skipped ("no pinFile configured").
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
def guard = its.load('GuardSupport')
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts('NO-GO', 'NO-GO')
List lines = its.breachLines()
assert lines.any { it.rule == 'FILE-MISSING' && it.level == 'ERROR' } : "no FILE-MISSING in $lines"
assert its.buildLog().readLines().any { it.startsWith('[ERROR] config/integration-pin.json GUARD-PIN-CHANGED')
        && it.contains('was deleted since origin/main') }
def json = verdict.assertReports('NO-GO', 'NO-GO')
def checks = json.goals.collectMany { g -> g.checks.collect { [g.goal, it.id, it.status] } }
assert checks.contains(['guard', 'guard.pin-unchanged', 'fail'])
assert !checks.any { it[1] == 'guard.pin-unchanged' && it[2] == 'skipped' }
assert json.goals.find { it.goal == 'check-pin' }.status == 'fail'
guard.assertRepositoryUntouched()
true
