// the inventory-service's StockErrorEnvelope gains a YAML merge key (<<) whose mapping adds allOf requiring legacy_error: YAML 1.1 readers merge it, a reader that keeps '<<' as a member would not
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryAlignment').write(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
