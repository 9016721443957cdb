// contracts/schemas/error-envelope.schema.json has no $id: ALIGN-SCHEMA-ID at that file:1:1 (the schemas directory next to the manifest is the default).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
