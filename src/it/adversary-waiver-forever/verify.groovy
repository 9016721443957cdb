// A waiver for ever: a configuration error naming the waiver's place and the latest day it may have.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('verdict')
its.assertNotGo()
String log = its.buildLog()
assert log.contains('Invalid waiver file: config/cutover-waivers.json:4:5: the waiver of DOCS-MISSING-SNIPPET expires on ' +
        '9999-12-31, more than maxWaiverDays (90) after ')
assert log.contains('a waiver accepts a breach for a while, not for ever')
true
