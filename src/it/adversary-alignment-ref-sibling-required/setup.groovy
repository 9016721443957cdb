// OpenAPI 3.0: StockErrorEnvelope is a $ref to StockErrorBody with a sibling required list, which 3.0 ignores
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
