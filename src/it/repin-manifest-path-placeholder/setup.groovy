// inventory-service releases v5.0.0 (releases/v5.0.0/) then v6.0.0 (releases/v6.0.0/, v5.0.0's directory kept);
// the storefront has no pin yet, and an approval record for v5.0.0 -> v6.0.0.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
def made = inventory.release([
        'v5.0.0': ['releases/v5.0.0/producer-contract-manifest.json': inventory.manifest('v5.0.0', 'stock.v5')],
        'v6.0.0': ['releases/v6.0.0/producer-contract-manifest.json': inventory.manifest('v6.0.0', 'stock.v6')]])
inventory.approval('cutover-approval.json', made.collectEntries { tag, m -> [(tag): m.code] })
true
