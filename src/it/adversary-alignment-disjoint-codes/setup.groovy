// the inventory-service's error.code is an allOf of two enums that share no code: their union is the manifest's codes, their intersection is empty
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
