// the inventory-service's StockErrorEnvelope is type: [object, "null"]: a null error body carries none of the required fields
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
