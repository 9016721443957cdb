// The rehearsal handoff renames the error code write_failed to write_exploded: ERROR-CODES naming the missing and the unexpected code, at the codes list (51).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'ERROR-CODES', at: '51:14',
        edits: [('"write_failed",'): '"write_exploded",'])

assert breaches.size() == 2
assert breaches.any { it.text.contains('the payload lacks manifest error code(s) write_failed') }
assert breaches.any { it.text.contains('write_exploded') && it.text.contains('not in') }
true
