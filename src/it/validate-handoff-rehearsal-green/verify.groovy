// The reference rehearsal handoff (service.v3 rehearsal on the v0.3.2 / service.v2 baseline) with the manifest it was generated from: validate-handoff accepts it and names its real SHA-256.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
hs.assertReferenceCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
hs.assertReferenceCopy('contracts/producer-contract-manifest.json', 'producer-contract-manifest_at-rehearsal.json')
def ev = its.assertEvidence('validate-handoff', 'pass')
def acceptance = hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', true)
assert acceptance.sha256 == '8905291ef40c1c4e77415738ed6fb70bc772a0b5563bb6b942845896ef6f7bad'
assert its.buildLog().contains('[INFO] Accepted rehearsal-handoff.v1 payload handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json sha256 8905291ef40c1c4e77415738ed6fb70bc772a0b5563bb6b942845896ef6f7bad')
assert ev.baseline.release_tag == 'v0.3.2'
assert ev.baseline.commit_sha == 'cf331449e1589581a5dcbb3adecd3e9ae4509277'
['handoff.schema', 'handoff.baseline', 'handoff.cutover-flag', 'handoff.envelope-policy', 'handoff.error-codes',
 'handoff.overlap', 'handoff.commands'].each { assert its.checkStatus(ev, it) == 'pass' }
assert its.checkStatus(ev, 'handoff.stale') == 'skipped'
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
