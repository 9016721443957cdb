// A fallback test failed in the Surefire report: GUARD-FALLBACK-REGRESSION naming the test and its message.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-FALLBACK-REGRESSION'], at: ['GUARD-FALLBACK-REGRESSION': 'test-reports/surefire/TEST-com.example.consumer.memorykernel.MemoryKernelClientTest.xml:7'])
assert lines.size() == 1
assert lines[0].text.contains('GUARD-FALLBACK-REGRESSION fallback test com.example.consumer.memorykernel.MemoryKernelClientTest' +
        '#fallbackReturnsCachedContextWhenUnavailable failed: expected: <cached-context> but was: <null> (')
guard.assertEvidence('fail', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'fail'])
guard.assertRepositoryUntouched()
true
