// Each module's publication is not judged on its own; the build's, judged over both modules' goals, is GO.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['SUCCESS', 'SUCCESS']
List<String> lines = its.buildLog().readLines()
assert lines.count { it.startsWith('[INFO] Handoff publication: NO-GO (not judged: ') } == 2
assert lines.any { it.startsWith('[INFO] Handoff publication: NO-GO (not judged: verify-parity did not run (no canonicalDirectory configured)') }
assert lines.any { it.startsWith('[INFO] Handoff publication: NO-GO (not judged: validate-handoff did not run (no handoffFile configured); check-alignment did not run (no openApiFile configured)') }
int aggregate = lines.findIndexOf { it.startsWith('[INFO] --- ') && it.contains(':verdict-aggregate (') }
assert aggregate > 0
List<String> build = lines.drop(aggregate)
assert build.any { it.startsWith('[INFO] Rehearsal continuation: GO (') }
assert build.any { it.startsWith('[INFO] Handoff publication: GO (the handoff validates and is not stale, parity and alignment hold: ') }
assert !lines.any { it.contains('Runtime cutover') }
Map json = new JsonSlurper().parse(its.file('target/cutover-guardrails/verdict.json'))
assert json.role == 'producer'
assert json.handoff_publication.decision == 'GO'
assert json.goals*.goal == ['stock-api', 'contracts']
true
