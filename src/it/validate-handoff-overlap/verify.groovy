// The rehearsal handoff shortens the migration overlap to 7 days, the manifest minimum is 14: HANDOFF-OVERLAP at duration_days (70).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-OVERLAP'], at: ['HANDOFF-OVERLAP': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:70:22'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"duration_days": 14'): '"duration_days": 7'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.size() == 1
assert breaches[0].text.contains('the migration overlap is 7 days, the minimum is 14')
true
