// A billing producer (baseline v1.4.0 / billing.v7, rehearsing billing.v8, its own manifest and error codes) runs generate-handoff and then verify (validate-handoff, checkStale=true) in one build: the billing-v8-rehearsal-handoff.v1 candidate it writes is accepted with no breach.
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
assert its.buildLog().readLines().contains("[INFO] Wrote $path".toString())
File generated = its.file(path)
assert generated.file : 'generate-handoff wrote no candidate'
def payload = new JsonSlurper().parse(generated, 'UTF-8')
assert payload.payload_contract_version == 'billing-v8-rehearsal-handoff.v1'
assert payload.generated_at_utc == '2026-11-20T09:30:00Z'
assert payload.producer.active_runtime_baseline.service_contract_version == 'billing.v7'
assert payload.rehearsal_candidate.target_service_contract_version == 'billing.v8'
assert payload.rehearsal_candidate.requires_runtime_cutover == false
assert payload.non_2xx_envelope_policy.keySet() as List == ['billing_v7_stable', 'billing_v8_candidate']
assert payload.error_code_expectations.codes == ['card_declined', 'invoice_not_found', 'currency_unsupported', 'rate_limited', 'internal_error']
assert payload.migration_overlap_assumptions.billing_v7_stability_required == true
def gen = its.evidence('generate-handoff')
assert gen.goal == 'generate-handoff' && gen.status == 'pass' && gen.breaches.isEmpty()
def ev = its.assertEvidence('validate-handoff', 'pass')
['handoff.schema', 'handoff.baseline', 'handoff.cutover-flag', 'handoff.envelope-policy', 'handoff.error-codes',
 'handoff.overlap', 'handoff.commands', 'handoff.stale', 'manifest.schema'].each { assert its.checkStatus(ev, it) == 'pass' }
hs.assertAcceptance(path, 'rehearsal-handoff.v1', true)
its.assertInputsUnchanged('contracts/producer-contract-manifest.json')
true
