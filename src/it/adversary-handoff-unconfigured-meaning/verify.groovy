// Each thing the payload says that nothing configured allows is a breach at its place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertNotGo()
its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-CUTOVER-FLAG', 'JSON-SCHEMA'],
        at: ['HANDOFF-CUTOVER-FLAG': ["$path:2", "$path:16", "$path:18"]*.toString(), 'JSON-SCHEMA': "$path:3".toString()])
assert breaches.size() == 4 : breaches*.text
List<String> texts = breaches*.text
assert texts.any { it.contains('payload_contract_version is "billing-v9-rehearsal-handoff.v1", the rehearsal handoff of billing.v8 is "billing-v8-rehearsal-handoff.v1"') } : texts
assert texts.any { it.contains('rehearsal_candidate.mode is "immediate_runtime_cutover", the configured rehearsal mode is "planning_only_no_runtime_cutover"') } : texts
assert texts.any { it.contains('the payload targets API contract "api.v2", the configured target API contract is "api.v1"') } : texts
assert texts.any { it.contains('JSON-SCHEMA') && it.contains('requires_runtime_cutover') } : texts
its.assertEvidence('validate-handoff', 'fail')
true
