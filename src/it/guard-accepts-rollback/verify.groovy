// guard passes the recorded move back since main, its evidence naming the record; check-pin (with readiness) passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def shas = its.load('RollbackSupport').repin().recorded()
its.assertBuildSuccess()
its.assertNoBreaches()
def guard = its.assertEvidence('guard', 'pass')
def pinCheck = guard.checks.find { it.id == 'guard.pin-unchanged' }
assert pinCheck.status == 'pass'
assert pinCheck.detail == "config/integration-pin.json changed from v6.0.0 (${shas.new}) to v5.2.0 (${shas.old}) rolled back as recorded by cutover-rollback.json".toString()
assert guard.inputs*.path.contains('cutover-rollback.json')
def checkPin = its.assertEvidence('check-pin', 'pass')
def ready = checkPin.checks.find { it.id == 'cutover.rollback-ready' }
assert ready.status == 'pass' && ready.detail.startsWith('a rollback to v5.2.0 (the pinned release) would succeed')
true
