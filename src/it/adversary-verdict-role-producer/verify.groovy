// <role>producer</role> with nothing of a producer's configured is a configuration error: no verdict, no GO.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
its.assertBreaches(required: [])
assert its.buildLog().contains('Invalid verdict configuration: <role>producer</role>, but none of a producer\'s inputs '
        + 'is configured (canonicalDirectory, openApiFile, checkStale, a bound generate-handoff)')
assert !its.file('target/cutover-guardrails/verdict.json').exists()
true
