// Issue #15: one plugin-level configuration serves both goals; the target policy (targetEnvelopeForbids) does not leak
// into the current API's check, which follows its source of truth. Before the split, <envelopeForbids> served both and
// check-alignment failed with "ALIGN-ENVELOPE … defines legacy_error; <envelopeForbids> forbids it".
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')
its.assertBuildSuccess()
its.assertNoBreaches()
def alignment = its.assertEvidence('check-alignment', 'pass')
String envelope = alignment.checks.find { it.id == 'alignment.envelope' }.detail
assert envelope.contains('forbids [api_contract_version] (from contracts/service-contract-source-of-truth.json non_2xx_envelope_policy.forbids)') : envelope
assert alignment.checks.find { it.id == 'alignment.source-of-truth' }.status == 'pass'
def handoff = its.assertEvidence('validate-handoff', 'pass')
String policy = handoff.checks.find { it.id == 'handoff.envelope-policy' }.detail
assert policy.contains('policy requires [service_contract_version, error.code, error.message] and forbids [legacy_error, api_contract_version]') : policy
align.assertInputsUnchanged()
true
