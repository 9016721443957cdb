// POST /v1/query/recall lost its 500 response while errorResponseOperations lists the query operations: ALIGN-ERROR-RESPONSES at its responses (openapi.yaml:179:7).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-ERROR-RESPONSES'], at: ['ALIGN-ERROR-RESPONSES': 'openapi.yaml:179:7'])
assert breaches.size() == 1
assert breaches[0].text.contains('ALIGN-ERROR-RESPONSES POST /v1/query/recall declares no 500 response (it declares 200, 400, 503); errorResponseOperations requires a 4xx and a 500')
def ev = align.assertEvidence('fail')
assert its.checkStatus(ev, 'alignment.error-responses') == 'fail'
assert ev.checks.find { it.id == 'alignment.error-responses' }.detail.contains('[POST /v1/query/ask, /v1/query/recall] declare a 4xx and a 500')
align.assertInputsUnchanged()
true
