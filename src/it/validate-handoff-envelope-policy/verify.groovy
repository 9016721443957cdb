// The service_v3_candidate envelope policy no longer forbids legacy_error: HANDOFF-ENVELOPE-POLICY at its forbids list (43).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-ENVELOPE-POLICY'], at: ['HANDOFF-ENVELOPE-POLICY': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:43:18'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"forbids": [\n        "legacy_error",\n        "api_contract_version"\n      ]'): '"forbids": [\n        "api_contract_version"\n      ]'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.size() == 1
assert breaches[0].text.contains('policy service_v3_candidate does not forbid legacy_error')
true
