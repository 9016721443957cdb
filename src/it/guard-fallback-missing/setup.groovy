// The fallback unit tests were skipped and no FallbackIT report exists: GUARD-FALLBACK-MISSING for each pattern.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard', except: ['test-reports/failsafe/TEST-com.example.consumer.FallbackIT.xml', 'test-reports/surefire/TEST-com.example.consumer.memorykernel.MemoryKernelClientTest.xml'])
def guard = its.load('GuardSupport')

// the fallback unit tests were skipped and there is no failsafe report at all
guard.cloneFromUpstream()
true
