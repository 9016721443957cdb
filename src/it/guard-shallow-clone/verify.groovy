// The build runs in a depth-1 clone of the feature branch, without origin/main or its commit: GUARD-PIN-CHANGED naming the ref and the fetch command, no stack trace.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

guard.assertBuildFailure(its)
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'])
assert lines*.text == ['[ERROR] config/integration-pin.json GUARD-PIN-CHANGED base ref origin/main does not exist in this ' +
        'clone (a shallow clone), so config/integration-pin.json cannot be compared with it (fetch the base ref: ' +
        'git fetch origin main --depth=1 (in CI, check out with enough history), or point pinBaseRef ' +
        '(-Dcutover.pinBaseRef) at a ref this clone has)']
guard.assertEvidence(its, 'fail', ['guard.pin-unchanged': 'fail', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
