// -DskipTests: before the fix, GUARD-FALLBACK-MISSING said "the consumer's deterministic fallback is broken, an immediate NO-GO".
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def verdict = evaluate(new File(root, 'src/it/_support/VerdictSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts(its, 'NO-GO', 'NO-GO')
String log = its.buildLog()
assert its.breachLines()*.rule.findAll { it.startsWith('GUARD-FALLBACK') } == ['GUARD-FALLBACK-MISSING']
assert log.readLines().any { it.startsWith('[ERROR] GUARD-FALLBACK-MISSING fallback tests BillingClientFallbackTest did not run: '
        + 'the build skipped its tests (-DskipTests), so the fallback is unproven (not broken)') }
assert log.contains('[INFO] Rehearsal continuation: NO-GO (fallback tests did not run (GUARD-FALLBACK-MISSING): '
        + "the consumer's deterministic fallback is unproven, NO-GO until they run and pass)")
assert !log.contains('is broken')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/verdict.json'))
assert json.rehearsal_continuation.decision == 'NO-GO'
assert json.goals*.goal == ['guard']
assert json.goals[0].checks.find { it.id == 'guard.fallback' } == [id: 'guard.fallback', status: 'fail',
        detail: 'fallback tests [BillingClientFallbackTest] did not run']
true
