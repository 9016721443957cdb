// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy)
['      required: [service_contract_version, error]\n':
         '      required: [service_contract_version, error]\n'
                 + '      if: {required: [error]}\n      then: {required: [legacy_error]}\n'
                 + '      dependentSchemas:\n        error: {required: [api_contract_version]}\n'
                 + '      patternProperties:\n        "^legacy_": {type: string}\n']
