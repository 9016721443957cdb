// The committed candidate was regenerated from the unchanged manifest on 2026-03-01 (so its generated_at_utc and the derived cutover date differ from the reference): checkStale compares without generated_at_utc and passes.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/HandoffSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def hs = evaluate(new File(root, 'src/it/_support/HandoffSupport.groovy'))

its.assertBuildSuccess()
its.assertNoBreaches()
def ev = hs.assertEvidence(its, 'pass')
assert hs.checkStatus(ev, 'handoff.stale') == 'pass'
hs.assertAcceptance(its, 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', true)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"generated_at_utc": "2026-02-08T11:29:52Z"'): '"generated_at_utc": "2026-03-01T00:00:00Z"', ('"cutover_not_before_utc_date": "2026-02-22"'): '"cutover_not_before_utc_date": "2026-03-15"'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
