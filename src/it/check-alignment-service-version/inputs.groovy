[edits: ['openapi.yaml': ['  version: service.v3\n': '  version: service.v2\n']]]
