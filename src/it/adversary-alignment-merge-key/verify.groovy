// the inventory-service's StockErrorEnvelope gains a YAML merge key (<<) whose mapping adds allOf requiring legacy_error: YAML 1.1 readers merge it, a reader that keeps '<<' as a member would not
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def breaches = its.assertBreaches(required: ['JSON-PARSE'], at: ['JSON-PARSE': 'openapi.yaml:32:7'])
assert breaches.size() == 1
assert breaches[0].text.contains('JSON-PARSE not strict YAML: YAML merge key << is not supported: YAML 1.1 readers '
        + 'merge its mapping into this one, this reader would keep a member named "<<" (write the merged members out '
        + 'in this mapping)')
its.load('InventoryAlignment').assertUnchanged(evaluate(new File(basedir, 'inputs.groovy')) as Map)
true
