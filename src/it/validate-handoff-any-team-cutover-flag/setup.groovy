// A billing producer's billing-v8-rehearsal-handoff.v1 candidate (baseline v1.4.0 / billing.v7, as generate-handoff writes it) with requires_runtime_cutover set to true: validate-handoff recognises the kind and fails with exactly HANDOFF-CUTOVER-FLAG at the flag (18:33), not JSON-SCHEMA.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'contracts/producer-contract-manifest.json')
true
