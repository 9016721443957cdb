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
// #24: the goals <verdictChecks> leaves out are counted and listed as skipped, and shown as configuration weakened
// (#29: a consumer's goals only: the producer's are not this verdict's to run or list)
assert json.role == 'consumer'
assert json.goals*.goal == ['check-pin', 'validate-handoff', 'check-docs', 'guard']
json.goals.findAll { it.goal != 'guard' }.each {
    assert it.checks == [[id: it.goal, status: 'skipped', detail: 'excluded by <verdictChecks>']]
}
assert json.configuration_weakened.containsAll(['check-pin excluded by <verdictChecks>', 'check-docs excluded by <verdictChecks>'])
assert json.goals.find { it.goal == 'guard' }.checks.find { it.id == 'guard.fallback' } == [id: 'guard.fallback',
        status: 'fail', detail: 'fallback tests [BillingClientFallbackTest] did not run']
true
