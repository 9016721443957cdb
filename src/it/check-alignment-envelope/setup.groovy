// legacy_error comes back into ServiceErrorEnvelope through an allOf $ref to a LegacyErrorFields component: ALIGN-ENVELOPE at the component's legacy_error (openapi.yaml:889:9).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
