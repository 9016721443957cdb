// <baseline><relaseTag>: before the fix Maven's own "Cannot find 'relaseTag' in class ...BaselineParameter".
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
String log = its.buildLog()
String error = log.readLines().find { it.contains('Unknown element <relaseTag>') }
assert error.contains('Unknown element <relaseTag> in <baseline> of the plugin-level <configuration>: did you mean <releaseTag>? ' +
        '(<baseline> has <releaseTag>, <commitSha>, <serviceContract>, <apiContract>, <integrationBaseline>)')
assert error.count('relaseTag') == 1 : 'reported once, where it is'
assert !log.contains('BaselineParameter')
assert its.breachLines().isEmpty()
true
