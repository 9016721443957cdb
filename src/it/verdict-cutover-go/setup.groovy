// Cutover mode on the post-cutover pin with a valid joint approval: rehearsal GO and runtime cutover GO.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('cutover', except: ['config/memorykernel-integration-pin.json', 'config/memorykernel-producer-manifest.json', 'contracts/producer-contract-manifest.json'])
its.copyShared('rehearsal', 'test-reports/TEST-com.example.consumer.MemoryKernelClientFallbackTest.xml')
true
