[edits: ['contracts/service-contract-source-of-truth.json': [
        '    "forbids": [\n      "legacy_error",\n      "api_contract_version"\n    ]': '    "forbids": [\n      "api_contract_version"\n    ]']]]
