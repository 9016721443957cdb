// the adversary's edits of the inventory-service openapi.yaml (InventoryAlignment.groovy): the envelope's own
// additionalProperties: false is gone (error stays closed)
['      additionalProperties: false\n      required: [service_contract_version, error]\n':
         '      required: [service_contract_version, error]\n']
