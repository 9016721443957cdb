// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy)
['    StockErrorEnvelope:\n      type: object\n': '    StockErrorEnvelope:\n      type: [object, "null"]\n']
