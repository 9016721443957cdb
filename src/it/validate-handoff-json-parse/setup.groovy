// The rehearsal handoff names release_tag twice in its active runtime baseline, the last value being the right one: JSON-PARSE at the duplicate (9), no silent last-key-wins, no acceptance.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
