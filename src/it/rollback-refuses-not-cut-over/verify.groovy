// A configuration error naming the pin, the approval and what each says; nothing written.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
def shas = rollback.repin().recorded()
its.assertConfigurationError('rollback')
assert its.buildLog().contains("rollback will not move the pin: config/integration-pin.json names v5.2.0 (${shas.old}), " +
        "but cutover-approval.json approves the cutover to v6.0.0 (${shas.new}): the cutover has not happened, there is " +
        "nothing to roll back; nothing was written")
rollback.repin().assertUnchanged()
assert !its.file('cutover-rollback.json').exists()
true
