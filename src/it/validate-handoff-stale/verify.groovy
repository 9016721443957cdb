// The committed candidate was generated from the at-rehearsal manifest, whose minimum_sprint_days has since become 21: with checkStale, HANDOFF-STALE with a unified diff (duration 14 -> 21, cutover date 2026-02-22 -> 2026-03-01) next to HANDOFF-OVERLAP (14 days, below 21).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-STALE', 'HANDOFF-OVERLAP'],
        at: ['HANDOFF-STALE': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'HANDOFF-OVERLAP': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:70:22'])
assert breaches.count { it.rule == 'HANDOFF-STALE' } == 1
assert breaches.find { it.rule == 'HANDOFF-STALE' }.location == 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'
assert breaches.find { it.rule == 'HANDOFF-STALE' }.text.contains('mvn cutover:generate-handoff')
def ev = its.assertEvidence('validate-handoff', 'fail')
assert its.checkStatus(ev, 'handoff.stale') == 'fail'
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
// the unified diff follows the HANDOFF-STALE line: - committed, + regenerated
List<String> diff = its.linesAfter('HANDOFF-STALE')
assert diff[0] == '--- handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json (committed)'
assert diff[1] == '+++ handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json (regenerated)'
assert diff.any { it.startsWith('@@ ') }
assert diff.contains('-    "cutover_not_before_utc_date": "2026-02-22"')
assert diff.contains('+    "cutover_not_before_utc_date": "2026-03-01"')
assert diff.contains('-    "duration_days": 14,')
assert diff.contains('+    "duration_days": 21,')
hs.assertReferenceCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
hs.assertEditedCopy('contracts/producer-contract-manifest.json', 'producer-contract-manifest_at-rehearsal.json', [('"minimum_sprint_days": 14'): '"minimum_sprint_days": 21'])
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
