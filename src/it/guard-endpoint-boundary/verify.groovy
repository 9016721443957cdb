// A feature branch calls /v1/context-packages from a controller instead of the adapter: GUARD-ENDPOINT-BOUNDARY.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

guard.assertBuildFailure(its)
def lines = its.assertBreaches(required: ['GUARD-ENDPOINT-BOUNDARY'],
        at: ['GUARD-ENDPOINT-BOUNDARY': 'src/main/java/com/example/consumer/web/ContextController.java:17:61'])
assert lines.size() == 1
assert lines[0].text.contains('GUARD-ENDPOINT-BOUNDARY endpoint /v1/context-packages is used outside the adapter files')
guard.assertEvidence(its, 'fail', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'fail', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
