// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy): OpenAPI 3.0, and the
// envelope's required list beside a $ref to the closed body (3.0 has no const: the version is a one-value enum)
['openapi: 3.1.0\n': 'openapi: 3.0.3\n',
 '    StockErrorEnvelope:\n      type: object\n      additionalProperties: false\n      required: [service_contract_version, error]\n':
         '    StockErrorEnvelope:\n      $ref: "#/components/schemas/StockErrorBody"\n'
                 + '      required: [service_contract_version, error]\n'
                 + '    StockErrorBody:\n      type: object\n      additionalProperties: false\n',
 '          const: stock.v6\n': '          enum: [stock.v6]\n']
