// A green rehearsal: every configured check passes; rehearsal continuation GO, runtime cutover NO-GO, all four reports written.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertBuildSuccess()
its.assertNoStackTrace()
verdict.assertVerdicts('GO', 'NO-GO')
assert its.buildLog().contains('[INFO] Runtime cutover: NO-GO (rehearsal mode: the runtime stays pinned to v0.3.2 / service.v2')
def json = verdict.assertReports('GO', 'NO-GO')
assert json.goals*.goal == ['check-pin', 'validate-handoff', 'verify-parity', 'check-alignment', 'check-docs', 'guard']
// goals whose inputs are not configured are listed as skipped, with why, and counted in the verdict line
assert json.goals.find { it.goal == 'verify-parity' }.checks == [[id: 'verify-parity', status: 'skipped', detail: 'no canonicalDirectory configured']]
assert json.goals.find { it.goal == 'check-alignment' }.checks*.status == ['skipped']
assert its.buildLog() =~ /\[INFO\] Rehearsal continuation: GO \(\d+ checks passed \(1 warning\), \d+ skipped: .*verify-parity — no canonicalDirectory configured; check-alignment — no openApiFile configured; guard.endpoint-boundary — no boundaryEndpoints configured\)/
// the only breach is the guard's warning: no git repository to compare the pin with
assert json.goals.collectMany { it.breaches }*.rule_id == ['GUARD-PIN-CHANGED']
assert json.goals.collectMany { it.breaches }*.severity == ['warning']
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md',
        'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
true
