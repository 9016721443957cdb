// -Dcutover.today in .mvn/maven.config, before the real date: a configuration error, never a revived waiver.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('check-docs')
its.assertNotGo()
String log = its.buildLog()
assert log.contains('Invalid <today> (-Dcutover.today): today is 2026-01-01, before the real date ')
assert !log.contains('Waived:')
true
