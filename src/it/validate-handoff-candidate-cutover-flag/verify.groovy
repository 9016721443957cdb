// A service-v3-candidate release handoff that sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (76).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

hs.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG'], at: ['HANDOFF-CUTOVER-FLAG': 'handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json:76:33'])
hs.assertEvidence(its, 'fail')
hs.assertAcceptance(its, 'handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'release-handoff-candidate.v1', false)
hs.assertEditedCopy('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', [('"requires_runtime_cutover": false'): '"requires_runtime_cutover": true'])
assert breaches.size() == 1
its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'contracts/producer-contract-manifest.json')
true
