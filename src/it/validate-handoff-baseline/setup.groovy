// The rehearsal handoff names v0.3.1 as its active runtime baseline, the consumer baseline is v0.3.2: HANDOFF-BASELINE at the value (8).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
