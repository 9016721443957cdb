// A stable v0.4.0 release handoff whose service_v3_stable envelope policy no longer requires error.code: HANDOFF-ENVELOPE-POLICY at its requires list (30).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-ENVELOPE-POLICY'], at: ['HANDOFF-ENVELOPE-POLICY': 'handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json:30:19'])
its.assertEvidence('validate-handoff', 'fail')
hs.assertAcceptance('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'release-handoff-stable.v1', false)
hs.assertEditedCopy('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', [('"requires": [\n        "service_contract_version",\n        "error.code",\n        "error.message"\n      ],\n      "optional": [\n        "error.details"\n      ],\n      "forbids": [\n        "legacy_error",\n        "api_contract_version"\n      ]\n    },\n    "service_v3_candidate"'): '"requires": [\n        "service_contract_version",\n        "error.message"\n      ],\n      "optional": [\n        "error.details"\n      ],\n      "forbids": [\n        "legacy_error",\n        "api_contract_version"\n      ]\n    },\n    "service_v3_candidate"'])
assert breaches.size() == 1
assert breaches[0].text.contains('service_v3_stable') && breaches[0].text.contains('error.code')
its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'contracts/producer-contract-manifest.json')
true
