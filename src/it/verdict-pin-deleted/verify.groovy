// The pin (default path, not named in the POM) was deleted since origin/main: before the fix the verdict said
// "GO (no error-level breach in 4 checks of 1 goals)" with guard.pin-unchanged skipped ("no pinFile configured").
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def verdict = evaluate(new File(root, 'src/it/_support/VerdictSupport.groovy'))
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts(its, 'NO-GO', 'NO-GO')
List lines = its.breachLines()
assert lines.any { it.rule == 'FILE-MISSING' && it.level == 'ERROR' } : "no FILE-MISSING in $lines"
assert its.buildLog().readLines().any { it.startsWith('[ERROR] config/integration-pin.json GUARD-PIN-CHANGED')
        && it.contains('was deleted since origin/main') }
def json = verdict.assertReports(its, 'NO-GO', 'NO-GO')
def checks = json.goals.collectMany { g -> g.checks.collect { [g.goal, it.id, it.status] } }
assert checks.contains(['guard', 'guard.pin-unchanged', 'fail'])
assert !checks.any { it[1] == 'guard.pin-unchanged' && it[2] == 'skipped' }
assert json.goals.find { it.goal == 'check-pin' }.status == 'fail'
guard.assertRepositoryUntouched()
true
