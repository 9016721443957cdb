// inventory-service releases v5.0.0 and v6.0.0 beside the storefront's modules; no module holds a pin yet; app has the
// approval record of the cutover to v6.0.0.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
def made = inventory.release([
        'v5.0.0': ['contracts/producer-contract-manifest.json': inventory.manifest('v5.0.0', 'stock.v5')],
        'v6.0.0': ['contracts/producer-contract-manifest.json': inventory.manifest('v6.0.0', 'stock.v6')]])
// the approval of the cutover v5.0.0 -> v6.0.0, in the module that holds the pin
inventory.approval('app/config/cutover-approval.json', made.collectEntries { tag, m -> [(tag): m.code] })
true
