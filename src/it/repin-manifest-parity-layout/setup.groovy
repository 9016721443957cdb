// inventory-service releases v5.0.0 with its manifest in contracts/ and a byte-identical copy in the storefront's
// mirror directory, beside other JSON files; the storefront has no pin yet.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
String manifest = inventory.manifest('v5.0.0', 'stock.v5')
inventory.release(['v5.0.0': ['contracts/producer-contract-manifest.json'                   : manifest,
                              'contracts/schemas/stock-level.schema.json'                   : '{"type": "object"}\n',
                              'mirrors/storefront/contracts/producer-contract-manifest.json': manifest,
                              'mirrors/storefront/contracts/schemas/stock-level.schema.json': '{"type": "object"}\n']])
true
