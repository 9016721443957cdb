// Issue #24, defect 7: under -N Maven reads no module, and the build's verdict still knows them from the POMs: invoices,
// payments and refunds (a module of the profile -Drefunds activates) bind verdict through the parent's pluginManagement
// and were not built; statements binds nothing.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildNotGo()
its.assertBreaches(required: ['VERDICT-INCOMPLETE'],
        at: ['VERDICT-INCOMPLETE': ['invoices/pom.xml', 'payments/pom.xml', 'refunds/pom.xml']])
List<String> lines = its.buildLog().readLines()
assert lines.count { it.contains(' VERDICT-INCOMPLETE ') } == 3
assert !lines.any { it.contains('VERDICT-INCOMPLETE') && it.contains('statements') }
assert lines.findAll { it.startsWith('[INFO] Rehearsal continuation: ') } == ['[INFO] Rehearsal continuation: NO-GO (NO-GO in '
        + 'invoices (not built in this build); payments (not built in this build); refunds (not built in this build))']
true
