// The rehearsal handoff shortens the migration overlap to 7 days, the manifest minimum is 14: HANDOFF-OVERLAP at duration_days (70).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'HANDOFF-OVERLAP', at: '70:22',
        edits: [('"duration_days": 14'): '"duration_days": 7'])

assert breaches.size() == 1
assert breaches[0].text.contains('the migration overlap is 7 days, the minimum is 14')
true
