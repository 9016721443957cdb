// The rehearsal handoff says generated_at_utc "yesterday": JSON-SCHEMA (timestamps must parse) at the value (3), and
// HANDOFF-OVERLAP there too: the overlap check cannot judge the cutover date without the timestamp, so it fails (#26).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'JSON-SCHEMA', at: '3:23', also: ['HANDOFF-OVERLAP'],
        edits: [('"generated_at_utc": "2026-02-08T11:29:52Z"'): '"generated_at_utc": "yesterday"'])

def overlap = breaches.findAll { it.rule == 'HANDOFF-OVERLAP' }
assert overlap.size() == 1 && overlap[0].location == 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:3:23'
assert overlap[0].text.contains('the cutover date cannot be judged: generated_at_utc is "yesterday", not a timestamp')
assert breaches.any { it.text.contains('generated_at_utc') }
true
