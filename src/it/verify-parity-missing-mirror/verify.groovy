// The worker mirror directory does not exist: FILE-MISSING naming it, BUILD FAILURE (the api mirror is still compared).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

its.assertBuildFailure('verify-parity')
def breaches = its.assertBreaches(required: ['FILE-MISSING'], at: ['FILE-MISSING': 'components/worker/src/main/resources/contracts/integration-v1'])
assert breaches.size() == 1 : breaches*.text
assert breaches[0].text.contains('does not exist') && breaches[0].text.contains('allowMissingMirrors=true')
def evidence = parity.assertEvidence('fail')
assert evidence.checks.find { it.id == 'parity.components/api/src/main/resources/contracts/integration-v1' }.status == 'pass'
assert evidence.checks.find { it.id == 'parity.components/worker/src/main/resources/contracts/integration-v1' }.status == 'fail'
assert evidence.inputs*.path == ['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1']
assert !new File(basedir, 'components/worker').exists() : 'the goal must not create the mirror'
true
