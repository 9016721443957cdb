// the recall operation without its 500 response (the anchor is the end of recall's responses)
[edits: ['openapi.yaml': [
        '          $ref: "#/components/responses/ServiceUnavailableError"\n        "500":\n          $ref: "#/components/responses/InternalError"\n  /v1/context/{context_package_id}:':
                '          $ref: "#/components/responses/ServiceUnavailableError"\n  /v1/context/{context_package_id}:']]]
