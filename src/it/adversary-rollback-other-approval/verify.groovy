// Not GO: the record undoes another approval, so the pin's move back is GUARD-PIN-CHANGED, and the hint says why.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'], at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json'])
assert lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text.contains('the record is for another approval')
true
