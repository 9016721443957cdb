// Adversary (#26 defect 1): billing wrote its rehearsal handoff's overlap as "duration_days": 0.0 and set the cutover not-before date to the generation day, so that the invoicing consumer could cut over to billing.v8 at once. JSON Schema's integer accepts 0.0, and the overlap check read only values stored as integers, so both the minimum-days and the not-before rule were skipped. Now 0.0 is read as 0 days: HANDOFF-OVERLAP at duration_days (minimum 21).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'HANDOFF-OVERLAP', at: ['64:22'])
assert breaches.size() == 1
assert breaches[0].text.contains('the migration overlap is 0 days, the minimum is 21')
true
