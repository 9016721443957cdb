// A clone without origin/main and pinBaseRefOptional=true: GUARD-PIN-CHANGED is only a warning and the build succeeds.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

its.assertBuildSuccess()
def lines = its.assertBreaches(level: 'WARNING', required: ['GUARD-PIN-CHANGED'])
assert lines*.text == ['[WARNING] config/integration-pin.json GUARD-PIN-CHANGED base ref origin/main does not exist in this ' +
        'clone, so config/integration-pin.json cannot be compared with it (pinBaseRefOptional: not failing the build) ' +
        '(fetch the base ref: git fetch origin main --depth=1 (in CI, check out with enough history), or point pinBaseRef ' +
        '(-Dcutover.pinBaseRef) at a ref this clone has)']
assert its.buildLog().contains('[INFO] guard: WARN (4 passed, 0 failed, 0 skipped; 1 breach)')
guard.assertEvidence(its, 'warn', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
