// The rehearsal handoff names release_tag twice in its active runtime baseline, the last value being the right one: JSON-PARSE at the duplicate (9), no silent last-key-wins, no acceptance.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['JSON-PARSE'], at: ['JSON-PARSE': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:9:20'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertNoAcceptance()
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"release_tag": "v0.3.2",'): '"release_tag": "v0.3.1",\n      "release_tag": "v0.3.2",'])
assert breaches.size() == 1
assert breaches[0].text.contains('release_tag')
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
