// The reference contract pack and two byte-identical mirrors (no baseline configured): verify-parity passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

its.assertBuildSuccess()
its.assertNoBreaches()
assert its.buildLog().contains('[INFO] verify-parity: PASS (3 passed, 0 failed, 0 skipped; 0 breaches)')
def evidence = parity.assertEvidence('pass')
assert evidence.checks*.id == ['parity.canonical', 'parity.components/api/src/main/resources/contracts/integration-v1', 'parity.components/worker/src/main/resources/contracts/integration-v1']
assert evidence.checks.every { it.status == 'pass' }
assert evidence.baseline.release_tag == null
// one input per root, each with the digest of its sorted "relpath\0sha256\n" listing; equal for identical copies
assert evidence.inputs*.path == ['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1', 'components/worker/src/main/resources/contracts/integration-v1']
String digest = parity.listingSha256('contracts/integration-v1')
assert evidence.inputs.every { it.sha256 == digest } : "root digests ${evidence.inputs}"
['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1', 'components/worker/src/main/resources/contracts/integration-v1'].each { parity.assertPackUnchanged(it) }
true
