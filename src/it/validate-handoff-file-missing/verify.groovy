// handoffFile names a file that does not exist: FILE-MISSING naming it, without a line; nothing is created.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['FILE-MISSING'], at: ['FILE-MISSING': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertNoAcceptance()
assert breaches.size() == 1
assert breaches[0].location == 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json' : "FILE-MISSING has no line: ${breaches[0].text}"
assert !its.file('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json').exists() : 'the goal must not create the payload'
its.assertInputsUnchanged('contracts/producer-contract-manifest.json')
true
