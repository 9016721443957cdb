// A clone without origin/main and pinBaseRefOptional=true: GUARD-PIN-CHANGED is only a warning and the build succeeds.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildSuccess()
def lines = its.assertBreaches(level: 'WARNING', required: ['GUARD-PIN-CHANGED'])
assert lines*.text == ['[WARNING] config/integration-pin.json GUARD-PIN-CHANGED base ref origin/main does not exist in this ' +
        'clone, so config/integration-pin.json cannot be compared with it (pinBaseRefOptional: not failing the build) ' +
        '(fetch the base ref: ' + guard.FETCH_MAIN + ' (in CI, check out with enough history), or point pinBaseRef ' +
        '(-Dcutover.pinBaseRef) at a ref this clone has)']
assert its.buildLog().contains('[INFO] guard: WARN (4 passed, 0 failed, 0 skipped; 1 breach)')
guard.assertEvidence('warn', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
