// openapi.yaml repeats the key title under info: JSON-PARSE with the line of the duplicate (openapi.yaml:4), and the OpenAPI checks are skipped.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
