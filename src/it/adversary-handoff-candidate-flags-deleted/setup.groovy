// The adversary's change to billing's billing-v8-candidate release handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('PRODUCER_RELEASE_HANDOFF_billing-v8-candidate.json', [
        ('"billing_v7_runtime_stability_required": true,\n    '): '',
        (',\n    "consumer_non_blocking_fallback_required": true'): ''])
true
