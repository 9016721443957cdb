// One MANIFEST-SOURCE breach names both copies and the parameter that settles it; repin writes nothing.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('repin')
def lines = its.assertBreaches(required: ['MANIFEST-SOURCE'])
assert lines.size() == 1
String log = its.buildLog()
assert log.contains('inventory-service has 2 different manifests naming v5.0.0 at tag v5.0.0: '
        + 'contracts/producer-contract-manifest.json (release_tag v5.0.0); '
        + 'mirrors/storefront/contracts/producer-contract-manifest.json (release_tag v5.0.0)')
assert log.contains('make the mirrors byte-identical copies of the canonical manifest, or set producerManifestPath')
assert !its.file('config/integration-pin.json').exists()
assert !its.file('config/inventory-manifest.json').exists()
its.assertEvidence('repin', 'fail')
true
