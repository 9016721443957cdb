// The rehearsal handoff sets requires_runtime_cutover to true: HANDOFF-CUTOVER-FLAG at the flag (19).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'HANDOFF-CUTOVER-FLAG', at: '19:33',
        edits: [('"requires_runtime_cutover": false'): '"requires_runtime_cutover": true'])

assert breaches.size() == 1
assert breaches[0].text.contains('requires_runtime_cutover')
true
