// Issue #16: in a single-branch depth-1 clone, after the hinted fetch, the pin is compared with origin/main and passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
guard.assertEvidence('pass', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
