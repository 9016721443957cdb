// The worker mirror directory does not exist, with -Dcutover.allowMissingMirrors=true: a [WARNING] FILE-MISSING line, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

its.assertBuildSuccess()
def breaches = its.assertBreaches(level: 'WARNING', required: ['FILE-MISSING'],
        at: ['FILE-MISSING': 'components/worker/src/main/resources/contracts/integration-v1'])
assert breaches.size() == 1 : breaches*.text
assert breaches[0].text.startsWith('[WARNING] ') && breaches[0].text.contains('allowMissingMirrors=true')
assert its.buildLog().contains('verify-parity: WARN (3 passed, 0 failed, 0 skipped; 1 breach)')
def evidence = parity.assertEvidence('warn')
assert evidence.checks.every { it.status == 'pass' }
assert !new File(basedir, 'components/worker').exists() : 'the goal must not create the mirror'
true
