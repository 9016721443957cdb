// A service-v3-candidate release handoff that sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (76).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
