// The reference service-v3-candidate release handoff (still on the v0.3.2 / service.v2 runtime) with the at-rehearsal manifest and the consumer checks it lists: accepted with its real SHA-256.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
