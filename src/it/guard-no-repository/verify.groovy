// The project is outside any git repository (GIT_CEILING_DIRECTORIES stops the search above it, as for git itself): GUARD-PIN-CHANGED saying how to run it, no stack trace.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

assert !new File(basedir, '.git').exists()
its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'])
assert lines*.text == ['[ERROR] config/integration-pin.json GUARD-PIN-CHANGED no git repository contains the project ' +
        'directory, so config/integration-pin.json cannot be compared with origin/main (run the build inside the ' +
        "project's git clone (not an exported copy or source archive), or set pinBaseRefOptional=true where no git " +
        'history is available)']
guard.assertEvidence('fail', ['guard.pin-unchanged': 'fail', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
true
