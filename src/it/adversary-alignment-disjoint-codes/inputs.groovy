// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy)
['              enum: [sku_unknown, out_of_stock, internal_error]\n':
         '              allOf:\n                - enum: [sku_unknown, out_of_stock]\n                - enum: [internal_error]\n']
