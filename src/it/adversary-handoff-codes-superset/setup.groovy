// The adversary's change to billing's rehearsal handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', [
        ('"validation_mode": "set_equality"'): '"validation_mode": "superset"',
        ('"internal_error"\n    ]'): '"internal_error",\n      "refund_window_closed"\n    ]'])
true
