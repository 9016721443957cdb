// The committed candidate already is what generate-handoff makes of the manifest at the -Dcutover.generatedAt given (its own date): the file is left alone (up to date, not rewritten, same bytes). A different date is written (#26 defect 4; HandoffMojosTest).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal',
        'contracts/producer-contract-manifest.json',
        'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
true
