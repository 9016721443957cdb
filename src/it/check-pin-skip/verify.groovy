// A PIN-RELEASE-TAG breach with -Dcutover.skip=true: the goal logs that it skipped, checks nothing, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildSuccess()
its.assertNoBreaches()
assert its.buildLog().readLines().any { it.contains('check-pin') } : 'check-pin did not run'
assert its.buildLog().readLines().any { it.contains('skipped') } : 'the goal must log that it skipped'
// a skipped goal checks nothing: no evidence, or evidence in which every check is skipped
File evidence = its.file('target/cutover-guardrails/check-pin.json')
assert !evidence.exists() || its.evidence('check-pin').checks.every { it.status == 'skipped' } : 'a skipped goal checks nothing'
its.assertInputsUnchanged('config/integration-pin.json')
true
