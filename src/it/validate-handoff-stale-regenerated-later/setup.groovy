// The committed candidate was regenerated from the unchanged manifest on 2026-03-01 (so its generated_at_utc and the derived cutover date differ from the reference): checkStale compares without generated_at_utc and passes.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
