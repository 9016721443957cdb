// One command moves the pin and the verdict is GO: the guard passes the approved change and names the approval.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
its.assertBuildSuccess()
its.assertNoBreaches()
String log = its.buildLog()
assert log.contains('[INFO] Rehearsal continuation: GO')
assert log.contains('[INFO] Runtime cutover: GO (rehearsal GO and a joint approval of v8.0.0 / billing.v8 with every gate passed)')
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.release_tag == 'v8.0.0' && pin.commit_sha == shas.new && pin.expected_service_contract_version == 'billing.v8'
assert its.file('config/producer-manifest.json').bytes == repin.manifestAt('v8.0.0')
String matrix = its.file('docs/COMPATIBILITY_MATRIX.md').getText('UTF-8')
assert matrix.contains("| v7.4.0 | ${shas.old} | billing.v7 | billing-api.v3 | integration/v1 | Superseded |")
assert matrix.contains("| v8.0.0 | ${shas.new} | billing.v8 | billing-api.v3 | integration/v1 | Approved |")
def verdict = new JsonSlurper().parse(its.file('target/cutover-guardrails/verdict.json'))
assert verdict.runtime_cutover.decision == 'GO'
assert verdict.source.branch == 'main' && verdict.source.dirty == true && verdict.source.commit ==~ /[0-9a-f]{40}/
def guard = verdict.goals.find { it.goal == 'guard' }
def pinCheck = guard.checks.find { it.id == 'guard.pin-unchanged' }
assert pinCheck.status == 'pass'
assert pinCheck.detail == "config/integration-pin.json changed from v7.4.0 (${shas.old}) to v8.0.0 (${shas.new}) as approved by cutover-approval.json".toString()
def checkPin = verdict.goals.find { it.goal == 'check-pin' }
assert checkPin.checks.find { it.id == 'manifest.source' }.status == 'pass'
true
