// The released pack (v6.2.0 / stock.v6) and its mirror; the API moved on to stock.v7, with the manifest prepared for
// v7.0.0 beside the released one.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryProducer').write(['openapi.yaml': ['  version: stock.v6': '  version: stock.v7',
                                                      'const: stock.v6': 'const: stock.v7']])
File prepared = its.file('contracts/next/producer-contract-manifest.json')
prepared.parentFile.mkdirs()
prepared.setText('''{
  "manifest_contract_version": "producer-contract-manifest.v1",
  "release_tag": "v7.0.0",
  "expected_service_contract_version": "stock.v7",
  "expected_api_contract_version": "inventory-api.v3",
  "integration_baseline": "integration/v7",
  "error_code_enum": ["sku_unknown", "out_of_stock", "internal_error"]
}
''', 'UTF-8')
true
