// The pin lacks default_base_url (required by the schema): JSON-SCHEMA naming the missing member.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': 'config/integration-pin.json'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
assert breaches.find { it.rule == 'JSON-SCHEMA' }.text.contains('default_base_url')
true
