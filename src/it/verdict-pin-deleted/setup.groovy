// The pin at its default path (not named in the POM) is deleted on a feature branch; origin/main still has it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('rehearsal', except: ['contracts/producer-contract-manifest.json'])
def guard = its.load('GuardSupport')
guard.cloneFromUpstream(deleted: ['config/integration-pin.json'])
assert !new File(basedir, 'config/integration-pin.json').exists()
true
