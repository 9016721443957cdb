// POST /v1/query/recall lost its 500 response while errorResponseOperations lists the query operations: ALIGN-ERROR-RESPONSES at its responses (openapi.yaml:179:7).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
