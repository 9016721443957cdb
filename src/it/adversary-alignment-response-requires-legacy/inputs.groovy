// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy)
['          schema:\n            $ref: "#/components/schemas/StockErrorEnvelope"\n':
         '          schema:\n            allOf:\n              - $ref: "#/components/schemas/StockErrorEnvelope"\n'
                 + '              - required: [legacy_error, api_contract_version]\n']
