// A green rehearsal of a consumer: every configured check passes, and no producer goal is listed as skipped; rehearsal continuation GO, runtime cutover NO-GO, all four reports written.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertBuildSuccess()
its.assertNoStackTrace()
verdict.assertVerdicts('GO', 'NO-GO')
assert its.buildLog().contains('[INFO] Runtime cutover: NO-GO (rehearsal mode: the runtime stays pinned to v0.3.2 / service.v2')
def json = verdict.assertReports('GO', 'NO-GO')
// a consumer's verdict (a pin, fallback tests): it runs and lists only a consumer's goals, none of the producer's
assert json.role == 'consumer'
assert json.role_reason == 'inferred from an integration pin (config/integration-pin.json), fallbackTests'
assert json.goals*.goal == ['check-pin', 'validate-handoff', 'check-docs', 'guard']
assert !json.containsKey('handoff_publication')
// its checks whose inputs are not configured are listed as skipped, with why, and counted in the verdict line
assert its.buildLog() =~ /\[INFO\] Rehearsal continuation: GO \(\d+ checks passed \(1 warning\), \d+ skipped: .*handoff.stale — checkStale is false; guard.endpoint-boundary — no boundaryEndpoints configured\)/
['verify-parity', 'check-alignment', 'canonicalDirectory', 'openApiFile', 'Handoff publication'].each { producer ->
    assert !its.buildLog().contains(producer) : "a consumer's verdict names no producer goal: $producer"
    assert !its.file('target/cutover-guardrails/verdict.md').text.contains(producer)
}
assert its.file('target/cutover-guardrails/verdict.md').text.contains('Role: consumer (inferred from an integration pin')
// the only breach is the guard's warning: no git repository to compare the pin with
assert json.goals.collectMany { it.breaches }*.rule_id == ['GUARD-PIN-CHANGED']
assert json.goals.collectMany { it.breaches }*.severity == ['warning']
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md',
        'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
true
