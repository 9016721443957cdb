// A billing producer's billing-v8-rehearsal-handoff.v1 candidate (baseline v1.4.0 / billing.v7, as generate-handoff writes it) with requires_runtime_cutover set to true: validate-handoff recognises the kind and fails with exactly HANDOFF-CUTOVER-FLAG at the flag (18:33), not JSON-SCHEMA.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG'], at: ['HANDOFF-CUTOVER-FLAG': "$path:18:33".toString()])
assert breaches.size() == 1
assert breaches[0].text.contains('requires_runtime_cutover is true')
def ev = its.assertEvidence('validate-handoff', 'fail')
assert its.checkStatus(ev, 'handoff.schema') == 'pass'
assert its.checkStatus(ev, 'handoff.cutover-flag') == 'fail'
['handoff.baseline', 'handoff.envelope-policy', 'handoff.error-codes', 'handoff.overlap', 'handoff.commands',
 'manifest.schema'].each { assert its.checkStatus(ev, it) == 'pass' }
hs.assertAcceptance(path, 'rehearsal-handoff.v1', false)
its.assertInputsUnchanged(path, 'contracts/producer-contract-manifest.json')
true
