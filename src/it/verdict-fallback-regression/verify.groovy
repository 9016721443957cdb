// A failing fallback test in the Surefire report: GUARD-FALLBACK-REGRESSION makes rehearsal continuation an immediate NO-GO and fails the build.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def verdict = evaluate(new File(root, 'src/it/_support/VerdictSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts(its, 'NO-GO', 'NO-GO')
assert its.buildLog().contains('[INFO] Rehearsal continuation: NO-GO (fallback regression (GUARD-FALLBACK-REGRESSION)')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] test-reports/TEST-com.example.consumer.MemoryKernelClientFallbackTest.xml') && it.contains(' GUARD-FALLBACK-REGRESSION ') && it.contains('fallbackIsDeterministicWhenTheServiceFails') }
assert its.buildLog().contains('verdict: Rehearsal continuation NO-GO: fallback regression')
def json = verdict.assertReports(its, 'NO-GO', 'NO-GO')
assert json.goals.find { it.goal == 'guard' }.status == 'fail'
true
