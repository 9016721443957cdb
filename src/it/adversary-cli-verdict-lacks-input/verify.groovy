// The inputs live only in the bound verdict execution: `mvn cutover:check-pin` says what it runs without, and
// `mvn cutover:verdict` refuses to judge less than the bound verdict (before the fix: silent, and GO).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertStepResults(['SUCCESS', 'FAILURE'])
its.assertNotGo()
String log = its.buildLog()
assert log.contains("[WARNING] mvn cutover:check-pin runs without compatibilityMatrixFile, producerManifestFile, "
        + "configured only in execution 'rehearsal-verdict': the checks that need them are skipped in this run.")
assert log.contains("verdict lacks inputs its goals are configured with: compatibilityMatrixFile, producerManifestFile "
        + "(configured for check-pin in execution 'rehearsal-verdict')")
assert log.contains('MojoExecutionException')
true
