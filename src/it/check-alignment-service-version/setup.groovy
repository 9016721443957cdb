// openapi.yaml says info.version service.v2 while the manifest expects service.v3: ALIGN-SERVICE-VERSION at openapi.yaml:4:12.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
