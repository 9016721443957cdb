// The same path found each release's manifest; ${tag} was refused before anything was read or written.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
def shas = inventory.recorded()
its.assertStepResults(['FAILURE', 'SUCCESS', 'SUCCESS'])
its.assertNoBreaches()
String log = its.buildLog()
assert log.contains("Invalid repin configuration: producerManifestPath 'releases/\${tag}/producer-contract-manifest.json' "
        + 'holds a ${…} expression, which Maven replaces with a property of the same name (or keeps): name the release '
        + 'with @{tag} or @{serviceContract}')
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.release_tag == 'v6.0.0' && pin.commit_sha == shas['v6.0.0'] && pin.expected_service_contract_version == 'stock.v6'
assert its.file('config/inventory-manifest.json').bytes == inventory.fileAt('v6.0.0', 'releases/v6.0.0/producer-contract-manifest.json')
assert log.contains('Changed config/integration-pin.json:')
assert log.contains('-  "release_tag": "v5.0.0",') && log.contains('+  "release_tag": "v6.0.0",')
def repin = its.assertEvidence('repin', 'pass')
assert repin.checks.find { it.id == 'manifest.source' }.detail == 'read inventory-service:releases/v6.0.0/producer-contract-manifest.json@v6.0.0'
def checkPin = its.assertEvidence('check-pin', 'pass')
assert checkPin.checks.find { it.id == 'manifest.source' }.status == 'pass'
true
