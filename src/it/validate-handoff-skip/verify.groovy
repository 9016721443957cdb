// A HANDOFF-OVERLAP breach with -Dcutover.skip=true: validate-handoff logs that it skipped, reads and checks nothing, BUILD SUCCESS.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

its.assertBuildSuccess()
its.assertNoBreaches()
assert its.buildLog().readLines().any { it.contains('validate-handoff skipped') } : 'the goal must log that it skipped'
assert !its.buildLog().contains('payload handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json sha256') : 'a skipped goal accepts nothing'
assert !its.file('target/cutover-guardrails/validate-handoff.json').exists() : 'a skipped goal writes no evidence'
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
