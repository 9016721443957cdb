// Waived breaches keep the rehearsal going (said so) but never buy a runtime cutover.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('verdict')
its.assertNotGo('Runtime cutover')
String log = its.buildLog()
assert log.readLines().any { it.startsWith('[INFO] Rehearsal continuation: GO (') && it.contains(' breaches waived: ') }
def runtime = log.readLines().find { it.startsWith('[INFO] Runtime cutover: NO-GO (') }
assert runtime.contains('are waived (') && runtime.contains('PIN-RELEASE-TAG by orders-team') &&
        runtime.contains('GIT-TAG-SHA by orders-team') && runtime.contains('GUARD-PIN-CHANGED by orders-team')
assert runtime.endsWith('): waivers never buy a runtime cutover; fix the waived breaches first)')
assert log.readLines().any { it.startsWith('[INFO] Waived: config/integration-pin.json') && it.contains('PIN-RELEASE-TAG') }
String md = new File(basedir, 'target/cutover-guardrails/verdict.md').getText('UTF-8')
assert md.contains('## Configuration weakened')
assert md.contains('- configuration weakened: ') && md.contains(' breaches waived: ')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/verdict.json'))
assert json.runtime_cutover.decision == 'NO-GO'
assert json.configuration_weakened.any { it.contains('breaches waived') }
true
