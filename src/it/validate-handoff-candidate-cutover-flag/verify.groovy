// A service-v3-candidate release handoff that sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (76).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', kind: 'release-handoff-candidate.v1', rule: 'HANDOFF-CUTOVER-FLAG', at: '76:33',
        edits: [('"requires_runtime_cutover": false'): '"requires_runtime_cutover": true'])
assert breaches.size() == 1
true
