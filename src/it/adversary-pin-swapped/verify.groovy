// The real pin changed while <pinFile> names an untouched copy: GUARD-PIN-CHANGED at the real pin, NO-GO.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('verdict')
its.assertNotGo()
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'], at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json:3'])
assert lines.any { it.text.contains('config/integration-pin.json changed since main (') }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/verdict.json'))
def pinCheck = json.goals.find { it.goal == 'guard' }.checks.find { it.id == 'guard.pin-unchanged' }
assert pinCheck.status == 'fail'
true
