// -DskipTests: before the fix, GUARD-FALLBACK-MISSING said "the consumer's deterministic fallback is broken, an immediate NO-GO".
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
verdict.assertVerdicts('NO-GO', 'NO-GO')
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
