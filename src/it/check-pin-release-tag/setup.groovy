// The pin says v0.3.3, the baseline v0.3.2: PIN-RELEASE-TAG at the value (3:18).
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the case's change to the shared input
its.editShared('rehearsal', 'config/integration-pin.json', [('"release_tag": "v0.3.2"'): '"release_tag": "v0.3.3"'])
true
