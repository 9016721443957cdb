// The rehearsal handoff says generated_at_utc "yesterday": JSON-SCHEMA (timestamps must parse) at the value (3), and
// nothing else for that one cause (#28): the overlap check cannot judge the cutover date without the timestamp, so that
// part of it is a skipped check naming why, never passed (#26).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'JSON-SCHEMA', at: '3:23',
        edits: [('"generated_at_utc": "2026-02-08T11:29:52Z"'): '"generated_at_utc": "yesterday"'])

assert breaches*.rule.unique() == ['JSON-SCHEMA'] : breaches*.text
assert breaches.any { it.text.contains('generated_at_utc') }
def skipped = its.evidence('validate-handoff').checks.find { it.id == 'handoff.overlap/generated_at_utc' }
assert skipped?.status == 'skipped' && skipped.detail == 'generated_at_utc does not match the schema (JSON-SCHEMA)' : skipped
true
