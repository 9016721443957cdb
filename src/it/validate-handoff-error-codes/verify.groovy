// The rehearsal handoff renames the error code write_failed to write_exploded: ERROR-CODES naming the missing and the unexpected code, at the codes list (51).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['ERROR-CODES'], at: ['ERROR-CODES': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:51:14'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"write_failed",'): '"write_exploded",'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.size() == 2
assert breaches.any { it.text.contains('the payload lacks manifest error code(s) write_failed') }
assert breaches.any { it.text.contains('write_exploded') && it.text.contains('not in') }
true
