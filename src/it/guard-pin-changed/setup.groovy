// A feature branch changes the pinned release_tag: GUARD-PIN-CHANGED with a unified diff against origin/main.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard')
def guard = its.load('GuardSupport')

// a feature branch bumps the pinned release_tag; origin/main still has the approved pin
String pin = new File(basedir, 'config/integration-pin.json').getText('UTF-8')
assert pin.count('"v0.3.2"') == 1
guard.cloneFromUpstream(feature: ['config/integration-pin.json': pin.replace('"v0.3.2"', '"v0.3.3"')])
true
