// POST /v1/query/recall lost its 500 response while errorResponseOperations lists the query operations: ALIGN-ERROR-RESPONSES at its responses (openapi.yaml:179:7).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def align = evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy'))

align.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['ALIGN-ERROR-RESPONSES'], at: ['ALIGN-ERROR-RESPONSES': 'openapi.yaml:179:7'])
assert breaches.size() == 1
assert breaches[0].text.contains('ALIGN-ERROR-RESPONSES POST /v1/query/recall declares no 500 response (it declares 200, 400, 503); errorResponseOperations requires a 4xx and a 500')
def ev = align.assertEvidence(its, 'fail')
assert align.checkStatus(ev, 'alignment.error-responses') == 'fail'
assert ev.checks.find { it.id == 'alignment.error-responses' }.detail.contains('[POST /v1/query/ask, /v1/query/recall] declare a 4xx and a 500')
align.assertInputsUnchanged()
true
