// <failOnBreach>ture</failOnBreach>: a configuration error, not a warn-only build.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('check-pin')
its.assertNotGo()
assert its.buildLog().contains("Invalid <failOnBreach>: 'ture' is not a boolean: write true or false (Maven reads any " +
        'other text as false, which would make every breach a warning)')
true
