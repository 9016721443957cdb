// A fallback test failed in the Surefire report: GUARD-FALLBACK-REGRESSION naming the test and its message.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

// the Surefire report (a committed fixture) records a failed fallback test
guard.cloneFromUpstream()
true
