// No config/integration-pin.json (the default pinFile): FILE-MISSING naming the file, without a line.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['FILE-MISSING'], at: ['FILE-MISSING': 'config/integration-pin.json'])
its.assertEvidence('fail')
assert breaches.find { it.rule == 'FILE-MISSING' }.location == 'config/integration-pin.json'
assert !its.file('config/integration-pin.json').exists() : 'the goal must not create the pin'
true
