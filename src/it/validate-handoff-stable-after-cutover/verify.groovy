// After the cutover: the reference stable v0.4.0 release handoff, no envelope policy configured: held to the target policy, accepted.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
hs.assertReferenceCopy('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json')
hs.assertReferenceCopy('contracts/producer-contract-manifest.json', 'contracts-integration-v1/producer-contract-manifest.json')
def ev = its.assertEvidence('validate-handoff', 'pass')
def acceptance = hs.assertAcceptance('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'release-handoff-stable.v1', true)
assert acceptance.sha256 == 'fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28'
assert its.buildLog().contains('[INFO] Accepted release-handoff-stable.v1 payload handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json sha256 fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28')
assert ev.baseline.release_tag == 'v0.4.0'
['handoff.schema', 'handoff.baseline', 'handoff.envelope-policy', 'handoff.error-codes', 'handoff.commands'].each {
    assert its.checkStatus(ev, it) == 'pass'
}
// a stable release is no rehearsal: no cutover-flag or overlap check
assert its.checkStatus(ev, 'handoff.cutover-flag') == 'skipped'
assert its.checkStatus(ev, 'handoff.overlap') == 'skipped'
its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'contracts/producer-contract-manifest.json')
true
