// The rehearsal handoff says generated_at_utc "yesterday": JSON-SCHEMA (timestamps must parse) at the value (3).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'JSON-SCHEMA', at: '3:23',
        edits: [('"generated_at_utc": "2026-02-08T11:29:52Z"'): '"generated_at_utc": "yesterday"'])

assert breaches.every { it.rule == 'JSON-SCHEMA' }
assert breaches.any { it.text.contains('generated_at_utc') }
true
