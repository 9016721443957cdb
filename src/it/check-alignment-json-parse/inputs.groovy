[edits: ['openapi.yaml': ['  title: Memory Kernel Local Service\n': '  title: Memory Kernel Local Service\n  title: Memory Kernel\n']]]
