// The fallback unit tests were skipped and no FallbackIT report exists: GUARD-FALLBACK-MISSING for each pattern.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

// the fallback unit tests were skipped and there is no failsafe report at all
guard.cloneFromUpstream()
true
