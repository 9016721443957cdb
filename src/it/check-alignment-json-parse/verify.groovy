// openapi.yaml repeats the key title under info: JSON-PARSE with the line of the duplicate (openapi.yaml:4), and the OpenAPI checks are skipped.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['JSON-PARSE'], at: ['JSON-PARSE': 'openapi.yaml:4'])
assert breaches.size() == 1
assert breaches[0].text.contains('JSON-PARSE not strict YAML: Duplicate Object property "title" (remove the repeated key')
def ev = align.assertEvidence('fail')
['alignment.service-version', 'alignment.error-codes', 'alignment.envelope', 'alignment.error-responses'].each {
    assert its.checkStatus(ev, it) == 'skipped'
}
assert its.checkStatus(ev, 'alignment.source-of-truth') == 'pass'
assert !ev.inputs*.path.contains('openapi.yaml')
align.assertInputsUnchanged()
true
