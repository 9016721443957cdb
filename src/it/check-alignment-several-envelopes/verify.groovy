// Issue #15: an API with two error envelopes, one of them without a code enum. The envelopes' codes together equal
// the manifest's; a oneOf of both and an inline copy of ValidationProblem (other descriptions, same shape) carry an
// envelope; the 401 responses have no body and <errorStatusesWithoutBody> allows that.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildSuccess()
its.assertNoBreaches()
def ev = its.assertEvidence('check-alignment', 'pass')
def detail = { String id -> ev.checks.find { it.id == id } }
assert detail('alignment.error-codes').status == 'pass'
assert detail('alignment.error-codes').detail == "the error codes of LedgerError, ValidationProblem set-equal the manifest's error_code_enum"
assert detail('alignment.envelope').status == 'pass'
assert detail('alignment.envelope').detail.startsWith('LedgerError, ValidationProblem (configured errorEnvelopeSchemas) requires [message] (from <apiEnvelopeRequires>)')
assert detail('alignment.error-responses').status == 'pass'
assert detail('alignment.error-responses').detail == '4xx/5xx/default responses use LedgerError, ValidationProblem (401 may have no body); [POST /transfers] declare a 4xx and a 500' : detail('alignment.error-responses').detail
true
