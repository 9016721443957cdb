// The adversary's change to billing's rehearsal handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', [
        ('"billing_v7_stability_required": true'): '"billing_v7_stability_requirement": false'])
true
