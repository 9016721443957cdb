// One extra space in the mirrored manifest (same JSON values): its SHA-256 differs from the pinned one: MANIFEST-HASH.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'config/integration-pin.json')
true
