// The reference service-v3-candidate release handoff (still on the v0.3.2 / service.v2 runtime) with the at-rehearsal manifest and the consumer checks it lists: accepted with its real SHA-256.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
hs.assertReferenceCopy('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json')
hs.assertReferenceCopy('contracts/producer-contract-manifest.json', 'producer-contract-manifest_at-rehearsal.json')
def ev = its.assertEvidence('validate-handoff', 'pass')
def acceptance = hs.assertAcceptance('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'release-handoff-candidate.v1', true)
assert acceptance.sha256 == '8fd37e9579ea57796735782ec69fee5739b1b8c6fc0ba9d28b933b87ae8a1831'
assert its.buildLog().contains('[INFO] Accepted release-handoff-candidate.v1 payload handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json sha256 8fd37e9579ea57796735782ec69fee5739b1b8c6fc0ba9d28b933b87ae8a1831')
['handoff.schema', 'handoff.baseline', 'handoff.cutover-flag', 'handoff.envelope-policy', 'handoff.error-codes',
 'handoff.overlap', 'handoff.commands'].each { assert its.checkStatus(ev, it) == 'pass' }
its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json', 'contracts/producer-contract-manifest.json')
true
