// Issue #24, defect 7: -pl .,invoices left payments (NO-GO) out of the build, and verdict-aggregate judged only what was
// built: "GO (all 1 modules GO: invoices)". The build's verdict knows every module of the reactor from the POMs: payments
// binds verdict (through the parent's pluginManagement) and was not built, so it is VERDICT-INCOMPLETE and the build is
// NO-GO; statements uses nothing of the plugin and is not expected to have a verdict.
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildNotGo()
its.assertBreaches(required: ['VERDICT-INCOMPLETE'], at: ['VERDICT-INCOMPLETE': 'payments/pom.xml'])
List<String> lines = its.buildLog().readLines()
assert lines.contains('[ERROR] payments/pom.xml VERDICT-INCOMPLETE module payments of the reactor binds verdict but was '
        + 'not built in this build (left out by -pl, -rf or -N): the build\'s verdict cannot judge it (build it with the '
        + 'others: run the build from the reactor\'s root without -pl, -rf or -N, or name it in -pl, e.g. -pl ...,payments)')
assert !lines.any { it.contains('VERDICT-INCOMPLETE') && it.contains('statements') }
// invoices was judged (GO); the build's verdict, printed last, is NO-GO naming payments
assert its.file('invoices/target/cutover-guardrails/verdict.json').file
assert !its.file('payments/target/cutover-guardrails/verdict.json').exists()
String last = lines.findAll { it.startsWith('[INFO] Rehearsal continuation: ') }.last()
assert last == '[INFO] Rehearsal continuation: NO-GO (NO-GO in payments (not built in this build))' : last
Map build = new JsonSlurper().parse(its.file('target/cutover-guardrails/verdict.json'))
assert build.rehearsal_continuation.decision == 'NO-GO'
assert build.goals*.goal == ['invoices', 'payments']
assert build.goals.find { it.goal == 'payments' }.breaches*.rule_id == ['VERDICT-INCOMPLETE']
true
