// The adversary's change to billing's rehearsal handoff, in one place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', [
        ('"validation_mode": "set_equality"'): '"validation_mode": "subset"',
        ('"card_declined",\n      "invoice_not_found",\n      "currency_unsupported",\n      "rate_limited",\n      "internal_error"\n'): '"card_declined"\n'])
true
