// Step 1 generates the candidate from manifest A (the at-rehearsal manifest); step 2 verifies it with checkStale against manifest B, whose additive error-code notice period changed from 10 to 5 business days: only HANDOFF-STALE, with the diff.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertStepResults(['SUCCESS', 'FAILURE'])
its.assertFailedIn('validate-handoff')
assert its.buildLog().readLines().contains('[INFO] Wrote handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
assert its.file('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json').bytes == its.reference('SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json').bytes : 'step 1 should regenerate the reference candidate'
def breaches = its.assertBreaches(required: ['HANDOFF-STALE'], at: ['HANDOFF-STALE': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'])
assert breaches.size() == 1
def ev = its.assertEvidence('validate-handoff', 'fail')
assert its.checkStatus(ev, 'handoff.stale') == 'fail'
assert its.checkStatus(ev, 'handoff.error-codes') == 'pass'
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
List<String> diff = its.linesAfter('HANDOFF-STALE')
assert diff[0] == '--- handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json (committed)'
assert diff[1] == '+++ handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json (regenerated)'
assert diff.any { it.startsWith('@@ ') }
assert diff.contains('-      "standard_business_days": 10,')
assert diff.contains('+      "standard_business_days": 5,')
hs.assertReferenceCopy('contracts/manifest-at-generation.json', 'producer-contract-manifest_at-rehearsal.json')
hs.assertEditedCopy('contracts/producer-contract-manifest.json', 'producer-contract-manifest_at-rehearsal.json', [('"standard_business_days": 10'): '"standard_business_days": 5'])
its.assertInputsUnchanged('contracts/manifest-at-generation.json', 'contracts/producer-contract-manifest.json')
true
