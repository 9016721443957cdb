// The rehearsal handoff sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (19).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

    hs.assertBuildFailure(its)
    def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG'], at: ['HANDOFF-CUTOVER-FLAG': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:19:33'])
    hs.assertEvidence(its, 'fail')
    hs.assertAcceptance(its, 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
    hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"requires_runtime_cutover": false'): '"requires_runtime_cutover": true'])
    its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')

assert breaches.size() == 1
assert breaches[0].text.contains('requires_runtime_cutover')
true
