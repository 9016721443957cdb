// A fallback test failed in the Surefire report: GUARD-FALLBACK-REGRESSION naming the test and its message.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard', except: ['test-reports/surefire/TEST-com.example.consumer.memorykernel.MemoryKernelClientTest.xml'])
def guard = its.load('GuardSupport')

// the Surefire report (a committed fixture) records a failed fallback test
guard.cloneFromUpstream()
true
