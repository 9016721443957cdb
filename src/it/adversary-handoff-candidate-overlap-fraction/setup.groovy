// The adversary's change to billing's billing-v8-candidate release handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('PRODUCER_RELEASE_HANDOFF_billing-v8-candidate.json', [
        ('"migration_overlap_days": 21'): '"migration_overlap_days": 0.0'])
true
