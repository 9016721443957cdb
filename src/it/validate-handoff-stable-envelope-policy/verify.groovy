// A stable v0.4.0 release handoff whose service_v3_stable envelope policy no longer requires error.code: HANDOFF-ENVELOPE-POLICY at its requires list (30).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', kind: 'release-handoff-stable.v1', rule: 'HANDOFF-ENVELOPE-POLICY', at: '30:19',
        edits: [('"requires": [\n        "service_contract_version",\n        "error.code",\n        "error.message"\n      ],\n      "optional": [\n        "error.details"\n      ],\n      "forbids": [\n        "legacy_error",\n        "api_contract_version"\n      ]\n    },\n    "service_v3_candidate"'): '"requires": [\n        "service_contract_version",\n        "error.message"\n      ],\n      "optional": [\n        "error.details"\n      ],\n      "forbids": [\n        "legacy_error",\n        "api_contract_version"\n      ]\n    },\n    "service_v3_candidate"'])
assert breaches.size() == 1
assert breaches[0].text.contains('service_v3_stable') && breaches[0].text.contains('error.code')
true
