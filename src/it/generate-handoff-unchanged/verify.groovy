// The committed candidate already is what generate-handoff makes of the manifest at the -Dcutover.generatedAt given (its own date): the file is left alone (up to date, not rewritten, same bytes). A different date is written (#26 defect 4; HandoffMojosTest).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
assert its.buildLog().readLines().contains('[INFO] handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json is up to date (not rewritten)')
assert !its.buildLog().readLines().contains('[INFO] Wrote handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
def gen = its.evidence('generate-handoff')
assert gen.goal == 'generate-handoff' && gen.status == 'pass'
hs.assertReferenceCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
