// <verdictChecks> leaving out check-pin while the pin exists: a configuration error, never "GO (1 checks passed)".
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('verdict')
its.assertNotGo()
assert its.buildLog().contains('<verdictChecks> leaves out check-pin while there is an integration pin: the pin\'s checks ' +
        "(check-pin, and guard's pin-unchanged check) run in every verdict of a consumer")
assert !new File(basedir, 'target/cutover-guardrails/verdict.json').exists()
true
