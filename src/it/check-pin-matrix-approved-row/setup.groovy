// The matrix has the baseline lines but its v0.3.2 row holds an abbreviated SHA, so no row has tag and full SHA side by side: MATRIX-APPROVED-ROW.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'config/integration-pin.json')
true
