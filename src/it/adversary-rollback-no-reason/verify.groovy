// Not GO: a record without a visible reason does not hold its schema, so the move back is GUARD-PIN-CHANGED.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'], at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json'])
assert lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text.contains('the rollback record does not hold')
assert lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text.contains('/reason')
true
