// The service_v3_candidate envelope policy no longer forbids legacy_error: HANDOFF-ENVELOPE-POLICY at its forbids list (43).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
