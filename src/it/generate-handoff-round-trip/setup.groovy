// Step 1 runs generate-handoff on the at-rehearsal manifest with the reference generator settings and -Dcutover.generatedAt=2026-02-08T11:29:52Z; step 2 runs verify (validate-handoff, checkStale=true) on the result: both pass, and the generated candidate is byte-identical to the reference SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
