// The project is outside any git repository (GIT_CEILING_DIRECTORIES stops the search above it, as for git itself): GUARD-PIN-CHANGED saying how to run it, no stack trace.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

assert !new File(basedir, '.git').exists()
guard.assertBuildFailure(its)
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'])
assert lines*.text == ['[ERROR] config/integration-pin.json GUARD-PIN-CHANGED no git repository contains the project ' +
        'directory, so config/integration-pin.json cannot be compared with origin/main (run the build inside the ' +
        "project's git clone (not an exported copy or source archive), or set pinBaseRefOptional=true where no git " +
        'history is available)']
guard.assertEvidence(its, 'fail', ['guard.pin-unchanged': 'fail', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
true
