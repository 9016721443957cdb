// The unchanged reference rehearsal handoff, but the consumer requires a check it does not list (pnpm run check:memorykernel-handoff): HANDOFF-COMMANDS at required_consumer_checks (86).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-COMMANDS'], at: ['HANDOFF-COMMANDS': 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json:86:31'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'rehearsal-handoff.v1', false)
hs.assertReferenceCopy('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
assert breaches.size() == 1 : 'only the missing check is a breach, pnpm run test:ci is listed'
assert breaches[0].text.contains('pnpm run check:memorykernel-handoff')
its.assertInputsUnchanged('handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', 'contracts/producer-contract-manifest.json')
true
