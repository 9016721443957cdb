// A waiver of GUARD-FALLBACK-REGRESSION is refused as a configuration error naming the file and line; no report.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('verdict')
assert its.buildLog().readLines().any { it.startsWith('[ERROR] Failed to execute goal ' + its.PLUGIN) && it.endsWith(
        'Invalid waiver file: config/cutover-waivers.json:4:5: GUARD-FALLBACK-REGRESSION cannot be waived (a fallback ' +
        'regression is an immediate NO-GO); remove the waiver and fix the breach -> [Help 1]') }
assert !its.file('target/cutover-guardrails/verdict.json').exists()
true
