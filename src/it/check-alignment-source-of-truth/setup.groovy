// The source of truth's non_2xx_envelope_policy no longer forbids legacy_error, unlike the envelope policy: ALIGN-SOURCE-OF-TRUTH at its forbids list (29:16).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
