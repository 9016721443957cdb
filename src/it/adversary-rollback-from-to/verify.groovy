// Not GO: the record's `to` is not the approval's previous_baseline, so the move is GUARD-PIN-CHANGED.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'],
        at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json'])
assert lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text.contains("cutover-rollback.json names to v5.2.0")
true
