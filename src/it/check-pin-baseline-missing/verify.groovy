// A required parameter missing: Maven's own parameter check names it, before the goal reads anything.
def its = evaluate(new File(support, 'ItSupport.groovy'))
String log = its.buildLog()
assert log.readLines().any {
    it.startsWith('[ERROR] Failed to execute goal ' + its.PLUGIN) && it.contains(":check-pin (default) on project check-pin-baseline-missing: The parameters 'baseline' for goal ")
} : 'Maven names the missing <baseline> of check-pin'
assert its.breachLines().isEmpty()
assert !its.file('target/cutover-guardrails/check-pin.json').exists() : 'the goal did not run'
true
