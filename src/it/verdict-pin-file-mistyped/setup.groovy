// pinFile names a file that does not exist: before the fix the verdict skipped check-pin and the pin guard and said GO.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', except: ['contracts/producer-contract-manifest.json'])
true
