// The rehearsal handoff says generated_at_utc "yesterday": JSON-SCHEMA (timestamps must parse) at the value (3).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:3:23'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"generated_at_utc": "2026-02-08T11:29:52Z"'): '"generated_at_utc": "yesterday"'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.every { it.rule == 'JSON-SCHEMA' }
assert breaches.any { it.text.contains('generated_at_utc') }
true
