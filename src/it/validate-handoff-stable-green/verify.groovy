// The reference stable v0.4.0 release handoff with the v0.4.0 manifest, validated by a consumer already repinned to v0.4.0 / service.v3 (no targetServiceContract): accepted with its real SHA-256.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

its.assertBuildSuccess()
its.assertNoBreaches()
hs.assertReferenceCopy('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json')
hs.assertReferenceCopy('contracts/producer-contract-manifest.json', 'contracts-integration-v1/producer-contract-manifest.json')
def ev = hs.assertEvidence(its, 'pass')
def acceptance = hs.assertAcceptance(its, 'handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'release-handoff-stable.v1', true)
assert acceptance.sha256 == 'fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28'
assert its.buildLog().contains('[INFO] Accepted release-handoff-stable.v1 payload handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json sha256 fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28')
assert ev.baseline.release_tag == 'v0.4.0'
['handoff.schema', 'handoff.baseline', 'handoff.envelope-policy', 'handoff.error-codes', 'handoff.commands'].each {
    assert hs.checkStatus(ev, it) == 'pass'
}
// a stable release is no rehearsal: no cutover-flag or overlap check
assert hs.checkStatus(ev, 'handoff.cutover-flag') == 'skipped'
assert hs.checkStatus(ev, 'handoff.overlap') == 'skipped'
its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'contracts/producer-contract-manifest.json')
true
