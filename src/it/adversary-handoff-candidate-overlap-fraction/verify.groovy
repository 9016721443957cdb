// Adversary (#26 defect 1): billing wrote its billing-v8-candidate release handoff's overlap as "migration_overlap_days": 0.0. JSON Schema's integer accepts 0.0 and the overlap check skipped what Jackson did not store as an integer, so the invoicing consumer accepted a candidate with no overlap. Now 0.0 is read as 0 days: HANDOFF-OVERLAP at migration_overlap_days (minimum 21).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'PRODUCER_RELEASE_HANDOFF_billing-v8-candidate.json', kind: 'release-handoff-candidate.v1', rule: 'HANDOFF-OVERLAP', at: ['57:31'])
assert breaches.size() == 1
assert breaches[0].text.contains('the migration overlap is 0 days, the minimum is 21')
true
