// An owner nobody can see: a configuration error naming the waiver's place.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('verdict')
its.assertNotGo()
assert its.buildLog().contains('Invalid waiver file: config/cutover-waivers.json:4:5: the waiver of DOCS-MISSING-SNIPPET has ' +
        'no visible owner (who answers for it)')
true
