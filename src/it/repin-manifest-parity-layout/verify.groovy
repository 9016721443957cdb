// repin reads the canonical manifest at the tag (its mirror is a byte-identical copy); check-pin agrees.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
its.assertBuildSuccess()
its.assertNoBreaches()
byte[] canonical = inventory.fileAt('v5.0.0', 'contracts/producer-contract-manifest.json')
assert its.file('config/inventory-manifest.json').bytes == canonical
def repin = its.assertEvidence('repin', 'pass')
assert repin.checks.find { it.id == 'manifest.source' }.detail == 'read inventory-service:contracts/producer-contract-manifest.json@v5.0.0'
def checkPin = its.assertEvidence('check-pin', 'pass')
assert checkPin.checks.find { it.id == 'manifest.source' }.detail == 'byte-identical to inventory-service:contracts/producer-contract-manifest.json at v5.0.0'
true
