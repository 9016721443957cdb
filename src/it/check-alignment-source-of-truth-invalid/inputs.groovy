// the source of truth's edits: integration_baseline as a number, out_of_stock listed twice
[truth: ['"integration_baseline": "integration/v6"': '"integration_baseline": 6',
         '"internal_error"]': '"internal_error", "out_of_stock"]']]
