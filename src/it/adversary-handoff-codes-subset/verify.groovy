// Adversary (#26 defect 2): billing's rehearsal handoff promises one error code, card_declined, and says "validation_mode": "subset". The payload chose its own comparison, and the invoicing consumer, which handles every code of the manifest, accepted it. Now the consumer decides (errorCodeComparison, default equal): ERROR-CODES at validation_mode, and at the codes for the four it lacks.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'ERROR-CODES', at: ['49:24', '50:14'])
assert breaches.size() == 2
assert breaches.any { it.text.contains('validation_mode is "subset", but the consumer compares error codes by <errorCodeComparison> equal') }
assert breaches.any { it.text.contains('the payload lacks manifest error code(s) invoice_not_found, currency_unsupported, rate_limited, internal_error') }
true
