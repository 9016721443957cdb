// The inputs live only in the bound verdict execution: `mvn cutover:check-pin` says what it runs without, and
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', except: ['contracts/producer-contract-manifest.json', 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'test-reports/TEST-com.example.consumer.MemoryKernelClientFallbackTest.xml'])
true
