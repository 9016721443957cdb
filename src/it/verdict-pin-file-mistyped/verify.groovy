// pinFile names a file that does not exist: before the fix the verdict skipped check-pin and the pin guard and said GO.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def verdict = evaluate(new File(root, 'src/it/_support/VerdictSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts(its, 'NO-GO', 'NO-GO')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] config/integration-pin.jsn FILE-MISSING') }
def json = verdict.assertReports(its, 'NO-GO', 'NO-GO')
assert json.goals.find { it.goal == 'check-pin' }.status == 'fail'
assert json.goals.find { it.goal == 'guard' }.checks.find { it.id == 'guard.pin-unchanged' }.status != 'skipped'
true
