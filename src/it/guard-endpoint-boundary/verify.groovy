// A feature branch calls /v1/context-packages from a controller instead of the adapter: GUARD-ENDPOINT-BOUNDARY.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-ENDPOINT-BOUNDARY'],
        at: ['GUARD-ENDPOINT-BOUNDARY': 'src/main/java/com/example/consumer/web/ContextController.java:17:61'])
assert lines.size() == 1
assert lines[0].text.contains('GUARD-ENDPOINT-BOUNDARY endpoint /v1/context-packages is used outside the adapter files')
guard.assertEvidence('fail', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'fail', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
