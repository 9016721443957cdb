// An optional field and a second policy key ending in a line break: JSON-SCHEMA at both, the payload rejected.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertBuildFailure('validate-handoff')
its.assertNotGo()
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': ["$path:41:9", "$path:48"]*.toString()])
assert breaches.size() == 2 : "expected exactly two breach lines: ${breaches*.text}"
assert breaches.any { it.text.contains('billing_v8_candidate\\n') }
assert breaches.any { it.text.contains('legacy_error\\n') }
hs.assertAcceptance(path, 'rehearsal-handoff.v1', false)
its.assertInputsUnchanged(path, 'contracts/producer-contract-manifest.json')
true
