// A required parameter missing: check-pin names it (every field of it) before the goal reads anything. <baseline> is
// declared once for every goal that takes it (#27), so it is the goal, not Maven's descriptor, that requires it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
String log = its.buildLog()
assert log.readLines().any {
    it.startsWith('[ERROR] Failed to execute goal ' + its.PLUGIN) && it.contains(":check-pin (default) on project "
            + "check-pin-baseline-missing: <baseline> is incomplete: set releaseTag, commitSha, serviceContract, "
            + "apiContract, integrationBaseline in the plugin configuration")
} : 'check-pin names the missing <baseline>'
assert its.breachLines().isEmpty()
assert !its.file('target/cutover-guardrails/check-pin.json').exists() : 'the goal did not run'
true
