// The compatibility matrix's release-tag line names v0.3.1 instead of the baseline v0.3.2: MATRIX-BASELINE.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'config/integration-pin.json')
true
