// A build that ends in a configuration error leaves no old GO behind: the last build's reports go when a build starts.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertConfigurationError('verdict')
assert its.buildLog().contains('Invalid <today> (-Dcutover.today): today is 2001-01-01, before the real date')
File reports = its.file('target/cutover-guardrails')
assert !reports.exists() || reports.list().toList().isEmpty() : "reports outlived their run: ${reports.list()}"
its.assertInputsUnchanged('config/integration-pin.json')
true
