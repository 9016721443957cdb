// The rehearsal handoff names v0.3.1 as its active runtime baseline, the consumer baseline is v0.3.2: HANDOFF-BASELINE at the value (8).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'HANDOFF-BASELINE', at: '8:22',
        edits: [('"release_tag": "v0.3.2"'): '"release_tag": "v0.3.1"'])

assert breaches.size() == 1
assert breaches[0].text.contains('v0.3.1') && breaches[0].text.contains('v0.3.2')
true
