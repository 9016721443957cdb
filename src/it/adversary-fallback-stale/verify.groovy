// After a green mvn verify and a broken fallback assertion, four builds that do not run the fallback test: before the
// fix each was GO on the old TEST-*.xml report.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
its.assertBreaches(required: ['GUARD-FALLBACK-MISSING'])
assert its.buildResults() == ['FAILURE'] * 4
String report = 'target/surefire-reports/TEST-com.example.invoicing.BillingClientFallbackTest.xml'

// the build's lines, one list per invoker step
List<List<String>> steps = [[]]
its.buildLog().readLines().each { String line ->
    steps[-1] << line
    if (line ==~ /^\[(INFO|ERROR)\] BUILD FAILURE$/) {
        steps << []
    }
}
List<List<Map>> missing = steps.take(4).collect { List<String> step ->
    step.collect { its.BREACH_LINE.matcher(it) }.findAll { it.matches() && it.group(5) == 'GUARD-FALLBACK-MISSING' }
            .collect { [location: it.group(2), text: it.group(6)] }
}
String unproven = ', so the fallback is unproven (not broken)'
// 1: -Dmaven.test.skip.exec=true
assert missing[0]*.text == ['fallback tests BillingClientFallbackTest did not run: the build skipped its tests '
        + '(-Dmaven.test.skip.exec)' + unproven + ' (build without -Dmaven.test.skip.exec (mvn verify runs the tests '
        + 'before this goal))']
// 2: -Dtest=InvoiceTotalsTest, which ran InvoiceTotalsTest only
assert steps[1].any { it.contains('Running com.example.invoicing.InvoiceTotalsTest') }
assert !steps[1].any { it.contains('Running com.example.invoicing.BillingClientFallbackTest') }
assert missing[1]*.text == ["fallback tests BillingClientFallbackTest did not run: the build's test selection "
        + '-Dtest=InvoiceTotalsTest leaves out BillingClientFallbackTest' + unproven + ' (build without '
        + '-Dtest=InvoiceTotalsTest, or name the fallback tests in it (e.g. -Dtest=InvoiceTotalsTest,BillingClientFallbackTest))']
// 3: the profile quick, a POM property
assert missing[2]*.text.every { it.startsWith('fallback tests BillingClientFallbackTest did not run: the build skipped '
        + 'its tests (project property maven.test.skip.exec=true)' + unproven) } && missing[2].size() == 1
// 4: the profile local, Surefire's <skip>: no switch to see, the report is stale (older than the recompiled test classes)
assert steps[3].any { it.contains('Tests are skipped.') }
assert missing[3].size() == 1 && missing[3][0].location == report
assert missing[3][0].text ==~ /fallback test pattern BillingClientFallbackTest ran no test in this build: its report \Q${report}\E was written at \S+Z, before target\/test-classes\/com\/example\/invoicing\/\w+\.class was compiled at \S+Z; a stale report is not evidence \(.*\)/
steps.take(4).each { List<String> step ->
    assert step.any { it.startsWith('[INFO] Rehearsal continuation: NO-GO (fallback tests did not run (GUARD-FALLBACK-MISSING)') }
}
true
