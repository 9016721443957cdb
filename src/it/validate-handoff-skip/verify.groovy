// A HANDOFF-OVERLAP breach with -Dcutover.skip=true: validate-handoff logs that it skipped, reads and checks nothing, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildSuccess()
its.assertNoBreaches()
assert its.buildLog().readLines().any { it.contains('validate-handoff skipped') } : 'the goal must log that it skipped'
assert !its.buildLog().contains('payload handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json sha256') : 'a skipped goal accepts nothing'
assert !its.file('target/cutover-guardrails/validate-handoff.json').exists() : 'a skipped goal writes no evidence'
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
