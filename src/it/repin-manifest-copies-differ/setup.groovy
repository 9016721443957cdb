// inventory-service releases v5.0.0 with a canonical manifest and a mirror copy that drifted (one more error code).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
inventory.release(['v5.0.0': ['contracts/producer-contract-manifest.json'                   : inventory.manifest('v5.0.0', 'stock.v5'),
                              'mirrors/storefront/contracts/producer-contract-manifest.json':
                                      inventory.manifest('v5.0.0', 'stock.v5', ['sku_not_found', 'validation_error', 'sku_locked'])]])
true
