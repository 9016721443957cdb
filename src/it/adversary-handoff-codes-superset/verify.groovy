// Adversary (#26 defect 2): billing's rehearsal handoff adds an error code the manifest does not have, refund_window_closed, and says "validation_mode": "superset", so that the comparison let it through and the invoicing consumer met a code it cannot handle. Now the consumer decides (errorCodeComparison, default equal): ERROR-CODES at validation_mode, and at the codes naming refund_window_closed.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'ERROR-CODES', at: ['49:24', '50:14'])
assert breaches.size() == 2
assert breaches.any { it.text.contains('validation_mode is "superset", but the consumer compares error codes by <errorCodeComparison> equal') }
assert breaches.any { it.text.contains(': refund_window_closed') }
true
