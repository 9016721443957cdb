// <producerManifestFlie> (a typo): before the fix check-pin said "PASS (7 passed, 0 failed, 6 skipped)".
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
String log = its.buildLog()
assert log.contains('Unknown parameter <producerManifestFlie> in the plugin-level <configuration> of cutover-guardrails-maven-plugin: did you mean <producerManifestFile>?')
// #24: reported once, where it is (before: a second time 'in execution', for an execution without a <configuration>)
assert log.readLines().find { it.contains('Unknown parameter') }.count('producerManifestFlie') == 1
assert !log.contains('in the <configuration> of execution')
// a configuration error (MojoExecutionException), not a breach: nothing was checked, no evidence written
assert its.breachLines().isEmpty()
assert !new File(basedir, 'target/cutover-guardrails/check-pin.json').exists()
assert !log.contains('check-pin: PASS')
true
