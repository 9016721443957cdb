// One file missing from the api mirror, one extra and one changed file in the worker mirror: PARITY-MISSING, PARITY-EXTRA and PARITY-DIFFERENT in one run.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

its.assertBuildFailure('verify-parity')
def breaches = its.assertBreaches(required: ['PARITY-MISSING', 'PARITY-EXTRA', 'PARITY-DIFFERENT'], at: [
        'PARITY-MISSING'  : 'components/api/src/main/resources/contracts/integration-v1/fixtures/proposed-memory-write.sample.json',
        'PARITY-EXTRA'    : 'components/worker/src/main/resources/contracts/integration-v1/schemas/worker-only.schema.json',
        'PARITY-DIFFERENT': 'components/worker/src/main/resources/contracts/integration-v1/producer-contract-manifest.json'])
assert breaches.size() == 3 : "expected exactly three breach lines: ${breaches*.text}"
// in one run, sorted by mirror then relative path
assert breaches*.rule == ['PARITY-MISSING', 'PARITY-DIFFERENT', 'PARITY-EXTRA']
// the difference names both hashes and the canonical file
String canonicalSha = its.sha256('contracts/integration-v1/producer-contract-manifest.json')
String mirrorSha = its.sha256('components/worker/src/main/resources/contracts/integration-v1/producer-contract-manifest.json')
assert canonicalSha != mirrorSha
def different = breaches.find { it.rule == 'PARITY-DIFFERENT' }.text
assert different.contains(canonicalSha) && different.contains(mirrorSha) : different
assert different.contains('contracts/integration-v1/producer-contract-manifest.json')
// the drift itself, as a unified diff in the log (canonical against mirror)
String log = its.buildLog()
assert log.contains('--- contracts/integration-v1/producer-contract-manifest.json\n+++ components/worker/src/main/resources/contracts/integration-v1/producer-contract-manifest.json')
assert log.contains('-  "release_tag": "v0.4.0",') && log.contains('+  "release_tag": "v0.4.1",')
assert breaches.find { it.rule == 'PARITY-MISSING' }.text.contains('contracts/integration-v1/fixtures/proposed-memory-write.sample.json')
assert its.buildLog().contains('verify-parity: FAIL (1 passed, 2 failed, 0 skipped; 3 breaches)')
def evidence = parity.assertEvidence('fail')
def diff = evidence.breaches.find { it.rule_id == 'PARITY-DIFFERENT' }
assert diff.expected == canonicalSha && diff.actual == mirrorSha
assert evidence.baseline.release_tag == 'v0.3.2'
parity.assertPackUnchanged('contracts/integration-v1')
parity.assertPackUnchanged('components/api/src/main/resources/contracts/integration-v1', ['fixtures/proposed-memory-write.sample.json'])
parity.assertPackUnchanged('components/worker/src/main/resources/contracts/integration-v1', ['producer-contract-manifest.json'])
true
