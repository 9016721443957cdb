// A billing producer's billing-v8-rehearsal-handoff.v1 candidate (baseline v1.4.0 / billing.v7, as generate-handoff writes it) with requires_runtime_cutover set to true: validate-handoff recognises the kind and fails with exactly HANDOFF-CUTOVER-FLAG at the flag (18:33), not JSON-SCHEMA.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
hs.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG'], at: ['HANDOFF-CUTOVER-FLAG': "$path:18:33".toString()])
assert breaches.size() == 1
assert breaches[0].text.contains('requires_runtime_cutover is true')
def ev = hs.assertEvidence(its, 'fail')
assert hs.checkStatus(ev, 'handoff.schema') == 'pass'
assert hs.checkStatus(ev, 'handoff.cutover-flag') == 'fail'
['handoff.baseline', 'handoff.envelope-policy', 'handoff.error-codes', 'handoff.overlap', 'handoff.commands',
 'manifest.schema'].each { assert hs.checkStatus(ev, it) == 'pass' }
hs.assertAcceptance(its, path, 'rehearsal-handoff.v1', false)
its.assertInputsUnchanged(path, 'contracts/producer-contract-manifest.json')
true
