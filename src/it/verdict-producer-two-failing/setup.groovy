// The mirror's manifest lost a code, and the OpenAPI description was not moved to stock.v6.
def EDITS = ['services/stock-api/src/main/resources/contracts/integration/v6/producer-contract-manifest.json':
                     ['"out_of_stock", ': ''],
             'openapi.yaml': ['  version: stock.v6': '  version: stock.v5']]
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryProducer').write(EDITS)
true
