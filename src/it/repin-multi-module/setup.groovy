// inventory-service releases v5.0.0 beside the storefront's modules; no module holds a pin yet.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
inventory.release(['v5.0.0': ['contracts/producer-contract-manifest.json': inventory.manifest('v5.0.0', 'stock.v5')]])
true
