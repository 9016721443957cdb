// The committed candidate was regenerated from the unchanged manifest on 2026-03-01 (so its generated_at_utc and the derived cutover date differ from the reference): checkStale compares without generated_at_utc and passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
def ev = its.assertEvidence('validate-handoff', 'pass')
assert its.checkStatus(ev, 'handoff.stale') == 'pass'
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', true)
hs.assertEditedCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', [('"generated_at_utc": "2026-02-08T11:29:52Z"'): '"generated_at_utc": "2026-03-01T00:00:00Z"', ('"cutover_not_before_utc_date": "2026-02-22"'): '"cutover_not_before_utc_date": "2026-03-15"'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
