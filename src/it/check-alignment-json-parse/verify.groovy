// openapi.yaml repeats the key title under info: JSON-PARSE with the line of the duplicate (openapi.yaml:4), and the OpenAPI checks are skipped.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def align = evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy'))

align.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['JSON-PARSE'], at: ['JSON-PARSE': 'openapi.yaml:4'])
assert breaches.size() == 1
assert breaches[0].text.contains('JSON-PARSE not strict YAML: Duplicate Object property "title" (remove the repeated key')
def ev = align.assertEvidence(its, 'fail')
['alignment.service-version', 'alignment.error-codes', 'alignment.envelope', 'alignment.error-responses'].each {
    assert align.checkStatus(ev, it) == 'skipped'
}
assert align.checkStatus(ev, 'alignment.source-of-truth') == 'pass'
assert !ev.inputs*.path.contains('openapi.yaml')
align.assertInputsUnchanged()
true
