// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy)
['      required: [service_contract_version, error]\n':
         '      required: [service_contract_version, error]\n'
                 + '      <<:\n        allOf:\n          - required: [legacy_error]\n']
