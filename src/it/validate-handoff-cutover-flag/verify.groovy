// The rehearsal handoff sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (19).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG'], at: ['HANDOFF-CUTOVER-FLAG': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:19:33'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"requires_runtime_cutover": false'): '"requires_runtime_cutover": true'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.size() == 1
assert breaches[0].text.contains('requires_runtime_cutover')
true
