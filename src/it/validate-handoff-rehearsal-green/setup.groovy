// The reference rehearsal handoff (service.v3 rehearsal on the v0.3.2 / service.v2 baseline) with the manifest it was generated from: validate-handoff accepts it and names its real SHA-256.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal',
        'contracts/producer-contract-manifest.json',
        'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
true
