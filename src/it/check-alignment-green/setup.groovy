// The reference producer (openapi.yaml at service.v3, its manifest, source of truth and schemas) with only the three files configured: check-alignment passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
