// The adversary hid the failing fallback case in a @Nested class and let test failures through: before the fix the
// passing outer tests satisfied the pattern InventoryClientFallbackTest and the verdict was GO.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
its.assertBreaches(required: ['GUARD-FALLBACK-REGRESSION'])
List<String> lines = its.buildLog().readLines()
// Surefire ran the tests: the outer ones passed, the nested one failed
assert lines.any { it.contains('Tests run: 3, Failures: 1') }
def regression = its.breachLines().findAll { it.rule == 'GUARD-FALLBACK-REGRESSION' }
assert regression.size() == 1
assert regression[0].text.contains('fallback test com.example.storefront.InventoryClientFallbackTest$WhenInventoryTimesOut#'
        + 'theLastKnownLevelIsServed')
assert regression[0].text.contains('failed: the fallback serves the last known level ==> expected: <12> but was: <0>')
assert regression[0].location.startsWith('target/surefire-reports/TEST-com.example.storefront.InventoryClientFallbackTest')
assert lines.any { it.startsWith('[INFO] Rehearsal continuation: NO-GO (fallback regression (GUARD-FALLBACK-REGRESSION)') }
true
