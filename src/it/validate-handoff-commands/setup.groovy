// The unchanged reference rehearsal handoff, but the consumer requires a check it does not list (pnpm run check:memorykernel-handoff): HANDOFF-COMMANDS at required_consumer_checks (86).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal',
        'contracts/producer-contract-manifest.json',
        'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
true
