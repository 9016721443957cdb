// The rehearsal handoff renames the error code write_failed to write_exploded: ERROR-CODES naming the missing and the unexpected code, at the codes list (51).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'contracts/producer-contract-manifest.json')
true
