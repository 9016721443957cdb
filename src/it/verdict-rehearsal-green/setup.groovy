// A green rehearsal: every configured check passes; rehearsal continuation GO, runtime cutover NO-GO, all four reports written.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', except: ['contracts/producer-contract-manifest.json'])
true
