// repin never runs on the aggregator; it runs in the module holding the pin, and the first pin needs -pl app.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
def shas = inventory.recorded()
its.assertStepResults(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS'])
its.assertNoBreaches()
List<String> lines = its.buildLog().readLines()
String aggregator = '[INFO] repin does nothing in storefront-parent: it is an aggregator POM (packaging pom with modules); ' +
        'it runs in each module that holds a pin'
def noPin = { String module -> "[INFO] repin does nothing in storefront-$module: it holds no pin (config/integration-pin.json " +
        'does not exist). To create the first pin of a multi-module build, run it in that module alone: ' +
        'mvn cutover:repin -pl <module>' }
// step 1 (root, no pin anywhere): all three skipped; steps 3 and 4 (root, app pinned): root and lib skipped
assert lines.count { it == aggregator } == 3
assert lines.count { it == noPin('app') } == 1
assert lines.count { it == noPin('lib') } == 3
// step 2 created the pin in app, against app's directory; step 3 found it already agreeing: no second change;
// step 4 moved it to v6.0.0 as approved
assert lines.count { it.startsWith('[INFO] Changed config/integration-pin.json:') } == 2
def pin = new JsonSlurper().parse(its.file('app/config/integration-pin.json'))
assert pin.release_tag == 'v6.0.0' && pin.commit_sha == shas['v6.0.0'] && pin.inventory_repo == 'https://git.example.org/inventory/inventory-service.git'
assert pin.expected_service_contract_version == 'stock.v6'
assert its.file('app/config/inventory-manifest.json').bytes == inventory.fileAt('v6.0.0', 'contracts/producer-contract-manifest.json')
assert its.file('app/docs/COMPATIBILITY_MATRIX.md').file
['config', 'docs', 'lib/config', 'lib/docs', 'target/cutover-guardrails/repin.json', 'lib/target/cutover-guardrails/repin.json',
 'cutover-approval.json', 'lib/cutover-approval.json'].each {
    assert !its.file(it).exists() : "$it was written"
}
def evidence = new JsonSlurper().parse(its.file('app/target/cutover-guardrails/repin.json'))
assert evidence.status == 'pass'
assert evidence.checks.find { it.id == 'repin.write' }.detail ==
        'changed config/integration-pin.json, config/inventory-manifest.json, docs/COMPATIBILITY_MATRIX.md'
true
