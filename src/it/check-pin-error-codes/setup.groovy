// expectedErrorCodes misses internal_error and adds rate_limited: ERROR-CODES naming both.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal',
        'config/integration-pin.json',
        'config/producer-manifest.json')
true
