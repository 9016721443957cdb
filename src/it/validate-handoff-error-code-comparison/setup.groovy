// billing's rehearsal handoff promising two of the manifest's five codes under "validation_mode": "subset".
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', [
        ('"validation_mode": "set_equality"'): '"validation_mode": "subset"',
        ('"invoice_not_found",\n      "currency_unsupported",\n      "rate_limited",\n      "internal_error"\n'): '"invoice_not_found"\n'])
true
