[edits: ['contracts/schemas/error-envelope.schema.json': [
        '  "$id": "https://memorykernel.dev/contracts/integration/v1/error-envelope.schema.json",\n': '']]]
