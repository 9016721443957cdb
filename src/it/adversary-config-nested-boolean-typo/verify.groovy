// <document><requireUpdatedMarker>ture</requireUpdatedMarker>: a configuration error, not a document without its marker check.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertConfigurationError('check-docs')
its.assertNotGo()
assert its.buildLog().contains("Invalid <documents><document><requireUpdatedMarker>: 'ture' is not a boolean: write true or " +
        'false (Maven reads any other text as false)')
true
