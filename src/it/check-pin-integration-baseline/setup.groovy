// The baseline says integration/v2, the pin integration/v1: PIN-INTEGRATION-BASELINE at the pin value.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'config/integration-pin.json')
true
