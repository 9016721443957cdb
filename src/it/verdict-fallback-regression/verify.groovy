// A failing fallback test in the Surefire report: GUARD-FALLBACK-REGRESSION makes rehearsal continuation an immediate NO-GO and fails the build.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts('NO-GO', 'NO-GO')
assert its.buildLog().contains('[INFO] Rehearsal continuation: NO-GO (fallback regression (GUARD-FALLBACK-REGRESSION)')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] test-reports/TEST-com.example.consumer.MemoryKernelClientFallbackTest.xml') && it.contains(' GUARD-FALLBACK-REGRESSION ') && it.contains('fallbackIsDeterministicWhenTheServiceFails') }
assert its.buildLog().contains('verdict: Rehearsal continuation NO-GO: fallback regression')
def json = verdict.assertReports('NO-GO', 'NO-GO')
assert json.goals.find { it.goal == 'guard' }.status == 'fail'
true
