// The adversary's first build: mvn verify runs the fallback test, which passes, and the verdict is GO. Then the
// fallback test's assertion is broken; the invoker's builds are the adversary's attempts not to run it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
String log = its.runMaven(['verify'], 'first-build.log')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed') && log.contains('BillingClientFallbackTest')
assert log.readLines().any { it.startsWith('[INFO] Rehearsal continuation: GO') }
assert its.file('target/surefire-reports/TEST-com.example.invoicing.BillingClientFallbackTest.xml').file

File test = its.file('src/test/java/com/example/invoicing/BillingClientFallbackTest.java')
String source = test.getText('UTF-8')
assert source.contains('assertEquals("unknown", client.invoiceStatus("inv-42"));')
test.setText(source.replace('assertEquals("unknown", client.invoiceStatus("inv-42"));',
        'assertEquals("paid", client.invoiceStatus("inv-42"));'), 'UTF-8')
true
