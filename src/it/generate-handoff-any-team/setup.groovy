// A billing producer (baseline v1.4.0 / billing.v7, rehearsing billing.v8, its own manifest and error codes) runs generate-handoff and then verify (validate-handoff, checkStale=true) in one build: the billing-v8-rehearsal-handoff.v1 candidate it writes is accepted with no breach.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'contracts/producer-contract-manifest.json')
true
