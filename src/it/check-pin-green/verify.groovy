// Reference rehearsal pin, its mirrored manifest, a matching compatibility matrix and the expected error codes: check-pin passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildSuccess()
its.assertNoBreaches()
def evidence = its.assertEvidence('check-pin', 'pass')
assert evidence.mode == 'rehearsal'
assert evidence.baseline.release_tag == 'v0.3.2'
assert evidence.baseline.commit_sha == 'cf331449e1589581a5dcbb3adecd3e9ae4509277'
['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md'].each { path ->
    def input = evidence.inputs.find { it.path.replace('\\', '/').endsWith(path) }
    assert input : "evidence names no input $path: ${evidence.inputs}"
    assert input.sha256 == its.sha256(path)
}
// the pinned manifest hash is the real one
assert its.sha256('config/producer-manifest.json') == '67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6'
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md')
true
