// A service-v3-candidate release handoff that sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (76).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG'], at: ['HANDOFF-CUTOVER-FLAG': 'handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json:76:33'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'release-handoff-candidate.v1', false)
hs.assertEditedCopy('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', [('"requires_runtime_cutover": false'): '"requires_runtime_cutover": true'])
assert breaches.size() == 1
its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'contracts/producer-contract-manifest.json')
true
