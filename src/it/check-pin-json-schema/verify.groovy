// default_timeout_ms is 50 (the schema requires >= 100): JSON-SCHEMA at /default_timeout_ms.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': 'config/integration-pin.json:10:25'])
def evidence = its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
assert evidence.breaches.find { it.rule_id == 'JSON-SCHEMA' }.json_pointer == '/default_timeout_ms'
true
