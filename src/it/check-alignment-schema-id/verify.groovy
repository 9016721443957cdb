// contracts/schemas/error-envelope.schema.json has no $id: ALIGN-SCHEMA-ID at that file:1:1 (the schemas directory next to the manifest is the default).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def align = evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy'))

align.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['ALIGN-SCHEMA-ID'], at: ['ALIGN-SCHEMA-ID': 'contracts/schemas/error-envelope.schema.json:1:1'])
assert breaches.size() == 1
assert breaches[0].text.contains('ALIGN-SCHEMA-ID contracts/schemas/error-envelope.schema.json has no $id')
def ev = align.assertEvidence(its, 'fail')
assert align.checkStatus(ev, 'alignment.schema-id') == 'fail'
assert ev.checks.find { it.id == 'alignment.schema-id' }.detail.startsWith('4 contract schemas in contracts/schemas')
align.assertInputsUnchanged()
true
