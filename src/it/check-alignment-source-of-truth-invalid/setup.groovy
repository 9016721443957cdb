// the inventory-service's source of truth states integration_baseline as a number and lists out_of_stock twice
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write([:], (evaluate(new File(basedir, 'inputs.groovy')) as Map).truth as Map)
true
