// The fallback unit tests were skipped and no FallbackIT report exists: GUARD-FALLBACK-MISSING for each pattern.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-FALLBACK-MISSING'])
assert lines.size() == 2
assert lines.any { it.text == '[ERROR] GUARD-FALLBACK-MISSING fallback test pattern MemoryKernelClientTest#fallback* ran no ' +
        'test: only skipped tests match it (com.example.consumer.memorykernel.MemoryKernelClientTest#fallbackReturnsCachedContextWhenUnavailable, ' +
        'com.example.consumer.memorykernel.MemoryKernelClientTest#fallbackIsNonBlocking) (run the fallback tests before this goal ' +
        '(mvn verify runs Surefire and Failsafe first), un-skip them, or correct the fallbackTests pattern)' }
assert lines.any { it.text.startsWith('[ERROR] GUARD-FALLBACK-MISSING fallback test pattern *FallbackIT ran no test: no test in 1 report under ' +
        'test-reports/surefire, test-reports/failsafe matches it') }
guard.assertEvidence('fail', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'fail'])
guard.assertRepositoryUntouched()
true
