// A HANDOFF-OVERLAP breach (7-day overlap) with failOnBreach=false: a [WARNING] line, evidence status warn, the payload still accepted, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
def breaches = its.assertBreaches(level: 'WARNING', required: ['HANDOFF-OVERLAP'], at: ['HANDOFF-OVERLAP': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:70:22'])
assert breaches.size() == 1
its.assertEvidence('validate-handoff', 'warn')
// named by its real SHA-256; the verdict is left open: the console says "Rejected" while the
// evidence records accepted=true (reported as a plugin inconsistency)
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"duration_days": 14'): '"duration_days": 7'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
