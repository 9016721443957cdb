// The inventory-service producer's contract pack, mirror and OpenAPI description, all agreeing.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryProducer').write()
true
