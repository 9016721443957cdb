// The worker mirror directory does not exist, with -Dcutover.allowMissingMirrors=true: a [WARNING] FILE-MISSING line, BUILD SUCCESS.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ParitySupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def parity = evaluate(new File(root, 'src/it/_support/ParitySupport.groovy'))

its.assertBuildSuccess()
def breaches = its.assertBreaches(level: 'WARNING', required: ['FILE-MISSING'],
        at: ['FILE-MISSING': 'components/worker/src/main/resources/contracts/integration-v1'])
assert breaches.size() == 1 : breaches*.text
assert breaches[0].text.startsWith('[WARNING] ') && breaches[0].text.contains('allowMissingMirrors=true')
assert its.buildLog().contains('verify-parity: WARN (3 passed, 0 failed, 0 skipped; 1 breach)')
def evidence = parity.assertEvidence(its, 'warn')
assert evidence.checks.every { it.status == 'pass' }
assert !new File(basedir, 'components/worker').exists() : 'the goal must not create the mirror'
true
