// The inventory-service producer on main: its stock.v6 OpenAPI description (the InventoryAlignment fixture), the
// released v5.4.0 manifest (stock.v5) and the prepared v6.0.0 manifest (stock.v6, no commit_sha).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('InventoryAlignment')
File api = its.file('openapi.yaml')
api.setText(align.render([:])['openapi.yaml'], 'UTF-8')
its.copyShared('inventory', 'contracts/producer-contract-manifest.json', 'contracts/next/producer-contract-manifest.json')
true
