// No config/integration-pin.json (the default pinFile): FILE-MISSING naming the file, without a line.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['FILE-MISSING'], at: ['FILE-MISSING': 'config/integration-pin.json'])
its.assertEvidence('check-pin', 'fail')
assert breaches.find { it.rule == 'FILE-MISSING' }.location == 'config/integration-pin.json'
assert !its.file('config/integration-pin.json').exists() : 'the goal must not create the pin'
true
