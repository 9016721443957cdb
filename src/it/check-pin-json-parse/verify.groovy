// The pin names release_tag twice and the last value is the right one: still JSON-PARSE (no silent last-key-wins), at the duplicate.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['JSON-PARSE'], at: ['JSON-PARSE': 'config/integration-pin.json:4'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/integration-pin.json')
assert breaches.find { it.rule == 'JSON-PARSE' }.text.contains('release_tag') : 'JSON-PARSE should name the duplicate key'
true
