// The repin passes; the verdict on a rewound day is a configuration error naming the day and the real date.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertStepResults(['SUCCESS', 'FAILURE'])
its.assertNotGo()
String log = its.buildLog()
assert log.contains('MojoExecutionException')
assert log.contains('Invalid <today> (-Dcutover.today): today is 2026-11-27, before the real date ')
assert log.contains('the clock only moves forward')
assert !new File(basedir, 'target/cutover-guardrails/verdict.json').exists() ||
        !new File(basedir, 'target/cutover-guardrails/verdict.json').getText('UTF-8').contains('"decision" : "GO"')
true
