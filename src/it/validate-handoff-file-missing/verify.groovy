// handoffFile names a file that does not exist: FILE-MISSING naming it, without a line; nothing is created.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

hs.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['FILE-MISSING'], at: ['FILE-MISSING': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'])
hs.assertEvidence(its, 'fail')
hs.assertNoAcceptance(its)
assert breaches.size() == 1
assert breaches[0].location == 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json' : "FILE-MISSING has no line: ${breaches[0].text}"
assert !its.file('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json').exists() : 'the goal must not create the payload'
its.assertInputsUnchanged('contracts/producer-contract-manifest.json')
true
