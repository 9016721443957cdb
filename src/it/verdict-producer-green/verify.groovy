// A producer's green verdict: the handoff may be published; no consumer line, no consumer goal.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
Map json = verdict.assertProducerGreen()
assert its.buildLog().contains('[INFO] Handoff publication: GO (the handoff validates and is not stale, parity and '
        + 'alignment hold: ')
assert json.role_reason == 'inferred from canonicalDirectory, openApiFile, checkStale'
assert json.goals*.goal == ['validate-handoff', 'verify-parity', 'check-alignment', 'check-docs']
assert json.goals.find { it.goal == 'validate-handoff' }.checks.find { it.id == 'handoff.stale' }.status == 'pass'
['check-pin', 'guard.runtime-switch', 'guard.pin-unchanged', 'pin.read', 'pinFile', 'Runtime cutover'].each { consumer ->
    assert !its.buildLog().contains(consumer) : "a producer's verdict names no consumer goal: $consumer"
}
its.load('InventoryProducer').assertUnchanged()
true
