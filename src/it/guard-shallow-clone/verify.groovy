// The build runs in a depth-1 clone of the feature branch, without origin/main or its commit: GUARD-PIN-CHANGED naming the ref and the fetch command, no stack trace.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'])
assert lines*.text == ['[ERROR] config/integration-pin.json GUARD-PIN-CHANGED base ref origin/main does not exist in this ' +
        'clone (a shallow clone), so config/integration-pin.json cannot be compared with it (fetch the base ref: ' +
        guard.FETCH_MAIN + ' (in CI, check out with enough history), or point pinBaseRef ' +
        '(-Dcutover.pinBaseRef) at a ref this clone has)']
guard.assertEvidence('fail', ['guard.pin-unchanged': 'fail', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
