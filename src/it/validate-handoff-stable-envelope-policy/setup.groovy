// A stable v0.4.0 release handoff whose service_v3_stable envelope policy no longer requires error.code: HANDOFF-ENVELOPE-POLICY at its requires list (30).
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('cutover', 'contracts/producer-contract-manifest.json')
true
