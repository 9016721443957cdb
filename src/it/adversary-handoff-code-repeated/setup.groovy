// The adversary's change to billing's rehearsal handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', [
        ('"internal_error"\n    ]'): '"internal_error",\n      "rate_limited",\n      "rate_limited"\n    ]'])
true
