// A fallback test failed in the Surefire report: GUARD-FALLBACK-REGRESSION naming the test and its message.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

guard.assertBuildFailure(its)
def lines = its.assertBreaches(required: ['GUARD-FALLBACK-REGRESSION'], at: ['GUARD-FALLBACK-REGRESSION': 'test-reports/surefire/TEST-com.example.consumer.memorykernel.MemoryKernelClientTest.xml:7'])
assert lines.size() == 1
assert lines[0].text.contains('GUARD-FALLBACK-REGRESSION fallback test com.example.consumer.memorykernel.MemoryKernelClientTest' +
        '#fallbackReturnsCachedContextWhenUnavailable failed: expected: <cached-context> but was: <null> (')
guard.assertEvidence(its, 'fail', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'fail'])
guard.assertRepositoryUntouched()
true
