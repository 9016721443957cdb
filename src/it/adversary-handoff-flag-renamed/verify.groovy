// Adversary (#26 defect 3): billing renamed its rehearsal handoff's stability flag to "billing_v7_stability_requirement": false. Flags were found by name pattern, so the renamed one was not checked and the missing one not missed. Now the required flags are required members named for the invoicing consumer's baseline contract: HANDOFF-OVERLAP for the missing billing_v7_stability_required.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'HANDOFF-OVERLAP', at: ['63:36'])
assert breaches.size() == 1
assert breaches[0].text.contains('billing_v7_stability_required is missing')
true
