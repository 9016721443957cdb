// The rehearsal handoff names v0.3.1 as its active runtime baseline, the consumer baseline is v0.3.2: HANDOFF-BASELINE at the value (8).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-BASELINE'], at: ['HANDOFF-BASELINE': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:8:22'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"release_tag": "v0.3.2"'): '"release_tag": "v0.3.1"'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.size() == 1
assert breaches[0].text.contains('v0.3.1') && breaches[0].text.contains('v0.3.2')
true
