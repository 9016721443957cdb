// Issue #15: an API whose error codes are free strings (the manifest declares "error_codes_enumerated": false) has no
// code comparison: alignment.error-codes is skipped as not applicable, never passed. What remains are real findings,
// one breach each: basic-error does not require message, and the two 409 responses without a body.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE', 'ALIGN-ERROR-RESPONSES'],
        at: ['ALIGN-ENVELOPE': 'openapi.yaml:49:5', 'ALIGN-ERROR-RESPONSES': 'openapi.yaml:15:9'])
assert breaches.size() == 2 : breaches
assert breaches.find { it.rule == 'ALIGN-ENVELOPE' }.text.contains('the error envelope basic-error defines message but does not require it; <apiEnvelopeRequires> requires message')
assert breaches.find { it.rule == 'ALIGN-ERROR-RESPONSES' }.text.contains('2 409 responses have no content, so they do not carry any of the error envelopes basic-error, validation-error: the 409 of PATCH /repos/{owner}/{repo}, the 409 of POST /repos/{owner}/{repo}/merges')
def ev = its.assertEvidence('check-alignment', 'fail')
def codes = ev.checks.find { it.id == 'alignment.error-codes' }
assert codes.status == 'skipped'
assert codes.detail == 'not applicable: contracts/producer-contract-manifest.json declares "error_codes_enumerated": false and no error envelope enumerates its code (basic-error, validation-error)'
assert ev.checks.find { it.id == 'manifest.schema' }.status == 'pass'
true
