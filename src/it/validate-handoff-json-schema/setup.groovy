// The rehearsal handoff says generated_at_utc "yesterday": JSON-SCHEMA (timestamps must parse) at the value (3), and
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
