// The adversary's change to billing's rehearsal handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', [
        ('"duration_days": 21'): '"duration_days": 0.0',
        ('"cutover_not_before_utc_date": "2026-12-11"'): '"cutover_not_before_utc_date": "2026-11-20"'])
true
