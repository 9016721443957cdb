// A PIN-RELEASE-TAG breach with -Dcutover.skip=true: the goal logs that it skipped, checks nothing, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the case's change to the shared input
its.editShared('rehearsal', 'config/integration-pin.json', [('"release_tag": "v0.3.2"'): '"release_tag": "v0.3.3"'])
true
