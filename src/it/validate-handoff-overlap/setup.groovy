// The rehearsal handoff shortens the migration overlap to 7 days, the manifest minimum is 14: HANDOFF-OVERLAP at duration_days (70).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the case's change to the shared input
its.editShared('rehearsal', 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"duration_days": 14'): '"duration_days": 7'])
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
