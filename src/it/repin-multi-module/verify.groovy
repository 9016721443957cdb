// repin never runs on the aggregator; it runs in the module holding the pin, and the first pin needs -pl app.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
def shas = inventory.recorded()
its.assertStepResults(['SUCCESS', 'SUCCESS', 'SUCCESS'])
its.assertNoBreaches()
List<String> lines = its.buildLog().readLines()
String aggregator = '[INFO] repin does nothing in storefront-parent: it is an aggregator POM (packaging pom with modules); ' +
        'it runs in each module that holds a pin'
def noPin = { String module -> "[INFO] repin does nothing in storefront-$module: it holds no pin (config/integration-pin.json " +
        'does not exist). To create the first pin of a multi-module build, run it in that module alone: ' +
        'mvn cutover:repin -pl <module>' }
// step 1 (root, no pin anywhere): all three skipped; step 3 (root, app pinned): root and lib skipped
assert lines.count { it == aggregator } == 2
assert lines.count { it == noPin('app') } == 1
assert lines.count { it == noPin('lib') } == 2
// step 2 created the pin in app, against app's directory; step 3 found it already agreeing: no second change
assert lines.count { it.startsWith('[INFO] Changed config/integration-pin.json:') } == 1
def pin = new JsonSlurper().parse(its.file('app/config/integration-pin.json'))
assert pin.release_tag == 'v5.0.0' && pin.commit_sha == shas['v5.0.0'] && pin.inventory_repo == 'https://git.example.org/inventory/inventory-service.git'
assert its.file('app/config/inventory-manifest.json').bytes == inventory.fileAt('v5.0.0', 'contracts/producer-contract-manifest.json')
assert its.file('app/docs/COMPATIBILITY_MATRIX.md').file
['config', 'docs', 'lib/config', 'lib/docs', 'target/cutover-guardrails/repin.json', 'lib/target/cutover-guardrails/repin.json'].each {
    assert !its.file(it).exists() : "$it was written"
}
def evidence = new JsonSlurper().parse(its.file('app/target/cutover-guardrails/repin.json'))
assert evidence.status == 'pass'
assert evidence.checks.find { it.id == 'repin.write' }.detail == 'pin, mirror and matrix already agree with <baseline>'
true
