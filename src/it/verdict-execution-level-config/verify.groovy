// Before the fix, the verdict beside an execution-level check-pin configuration skipped the manifest and matrix
// checks and said GO; `mvn cutover:check-pin` ran fewer checks than the bound execution without saying so.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE', 'SUCCESS']
String log = its.buildLog()
// build 1: the bound check-pin passes with every check; the verdict is a configuration error naming the inputs
assert log.contains("verdict lacks inputs its goals are configured with: compatibilityMatrixFile, producerManifestFile "
        + "(configured for check-pin in execution 'pin'). Move them from the <execution> to the plugin-level <configuration>")
assert !log.contains('Rehearsal continuation: GO')
// build 2: the command-line run names what it lacks
assert log.contains("[WARNING] mvn cutover:check-pin runs without compatibilityMatrixFile, producerManifestFile, "
        + "configured only in execution 'pin': the checks that need them are skipped in this run.")
true
