// Reference rehearsal pin, its mirrored manifest, a matching compatibility matrix and the expected error codes: check-pin passes.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal',
        'config/integration-pin.json',
        'config/producer-manifest.json')
true
