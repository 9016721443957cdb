[edits : ['openapi.yaml': [
        '    ServiceErrorEnvelope:\n      type: object\n':
                '    ServiceErrorEnvelope:\n      allOf:\n        - $ref: "#/components/schemas/LegacyErrorFields"\n      type: object\n']],
 append: ['openapi.yaml': '    LegacyErrorFields:\n      type: object\n      properties:\n        legacy_error:\n          type: string\n']]
