[edits: ['openapi.yaml': [
        '                - write_failed\n'  : '',
        '                - internal_error\n': '                - internal_error\n                - legacy_timeout\n']]]
