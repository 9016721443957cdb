// A rehearsal consumer inside a clone of its repository: pin as on origin/main, runtime config on service.v2 (service.v3 only in comments), endpoints only in the adapter, fallback tests passed: guard passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard')
def guard = its.load('GuardSupport')

// the IT directory becomes a clone of an upstream whose main holds these files: nothing changed since origin/main
guard.cloneFromUpstream()
true
