// A rehearsal consumer inside a clone of its repository: pin as on origin/main, runtime config on service.v2 (service.v3 only in comments), endpoints only in the adapter, fallback tests passed: guard passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
def ev = guard.assertEvidence('pass', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
// every input the guard read is recorded with its SHA-256
assert ev.inputs*.path == ['config/integration-pin.json', 'src/main/resources/application.properties',
        'src/main/resources/application.yml', 'src/main/resources/feature-flags.json',
        'src/main/java/com/example/consumer/web/ContextController.java',
        'test-reports/surefire/TEST-com.example.consumer.memorykernel.MemoryKernelClientTest.xml',
        'test-reports/failsafe/TEST-com.example.consumer.FallbackIT.xml']
assert ev.inputs.every { it.sha256 ==~ /[0-9a-f]{64}/ }
assert its.buildLog().contains('[INFO] guard: PASS (4 passed, 0 failed, 0 skipped; 0 breaches)')
guard.assertRepositoryUntouched()
true
