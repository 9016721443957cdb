// The committed candidate was generated from the at-rehearsal manifest, whose minimum_sprint_days has since become 21: with checkStale, HANDOFF-STALE with a unified diff (duration 14 -> 21, cutover date 2026-02-22 -> 2026-03-01) next to HANDOFF-OVERLAP (14 days, below 21).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
true
