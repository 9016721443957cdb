// The service_v3_candidate envelope policy no longer forbids legacy_error: HANDOFF-ENVELOPE-POLICY at its forbids list (43).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

def breaches = hs.assertRejectedEdit(payload: 'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'HANDOFF-ENVELOPE-POLICY', at: '43:18',
        edits: [('"forbids": [\n        "legacy_error",\n        "api_contract_version"\n      ]'): '"forbids": [\n        "api_contract_version"\n      ]'])

assert breaches.size() == 1
assert breaches[0].text.contains('policy service_v3_candidate does not forbid legacy_error')
true
