// Step 1 runs generate-handoff on the at-rehearsal manifest with the reference generator settings and -Dcutover.generatedAt=2026-02-08T11:29:52Z; step 2 runs verify (validate-handoff, checkStale=true) on the result: both pass, and the generated candidate is byte-identical to the reference SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertStepResults(['SUCCESS', 'SUCCESS'])
its.assertNoBreaches()
// step 1: written, byte for byte the reference candidate
assert its.buildLog().readLines().contains('[INFO] Wrote handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
File generated = its.file('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
assert generated.file : 'generate-handoff wrote no candidate'
assert generated.bytes == its.reference('SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json').bytes : 'the generated candidate differs from the reference'
assert its.sha256('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json') == '8905291ef40c1c4e77415738ed6fb70bc772a0b5563bb6b942845896ef6f7bad'
// step 1's evidence, in its own report directory (step 2, a new build, removed the last build's reports from the default one)
def gen = new groovy.json.JsonSlurper().parse(its.file('target/step-1-reports/generate-handoff.json'), 'UTF-8')
assert !its.file('target/cutover-guardrails/generate-handoff.json').exists() : 'a report outlived its run'
assert gen.goal == 'generate-handoff' && gen.status == 'pass' && gen.breaches.isEmpty()
assert gen.checks.any { it.id == 'handoff.generate' && it.detail.contains('8905291ef40c1c4e77415738ed6fb70bc772a0b5563bb6b942845896ef6f7bad') }
// step 2: validated, fresh, accepted by its SHA-256
def ev = its.assertEvidence('validate-handoff', 'pass')
assert its.checkStatus(ev, 'handoff.stale') == 'pass'
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', true)
its.assertInputsUnchanged('contracts/producer-contract-manifest.json')
true
