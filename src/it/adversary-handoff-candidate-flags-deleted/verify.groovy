// Adversary (#26 defect 3): billing deleted both guarantees from its billing-v8-candidate release handoff (billing_v7_runtime_stability_required, consumer_non_blocking_fallback_required). Flags were found by name pattern, so with none present nothing was checked and the invoicing consumer accepted the candidate. Now both are required members: HANDOFF-OVERLAP for each.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'PRODUCER_RELEASE_HANDOFF_billing-v8-candidate.json', kind: 'release-handoff-candidate.v1', rule: 'HANDOFF-OVERLAP', at: ['54:26', '54:26'])
assert breaches.size() == 2
assert breaches.any { it.text.contains('billing_v7_runtime_stability_required is missing') }
assert breaches.any { it.text.contains('consumer_non_blocking_fallback_required is missing') }
true
