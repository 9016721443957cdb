// contracts/schemas/error-envelope.schema.json has no $id: ALIGN-SCHEMA-ID at that file:1:1 (the schemas directory next to the manifest is the default).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-SCHEMA-ID'], at: ['ALIGN-SCHEMA-ID': 'contracts/schemas/error-envelope.schema.json:1:1'])
assert breaches.size() == 1
assert breaches[0].text.contains('ALIGN-SCHEMA-ID contracts/schemas/error-envelope.schema.json has no $id')
def ev = align.assertEvidence('fail')
assert its.checkStatus(ev, 'alignment.schema-id') == 'fail'
assert ev.checks.find { it.id == 'alignment.schema-id' }.detail.startsWith('4 contract schemas in contracts/schemas')
align.assertInputsUnchanged()
true
