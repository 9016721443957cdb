// The current API (what check-alignment checks) still carries legacy_error, as its source of truth allows; the target
// contract (what validate-handoff checks) forbids it.
[edits: ['openapi.yaml': [
        '          const: service.v3\n        error:\n': '          const: service.v3\n        legacy_error:\n          type: string\n        error:\n'],
         'contracts/service-contract-source-of-truth.json': [
        '    "forbids": [\n      "legacy_error",\n      "api_contract_version"\n    ]': '    "forbids": [\n      "api_contract_version"\n    ]']]]
