// A repo, an action and a command of invisible characters only: JSON-SCHEMA at each, the payload rejected.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertBuildFailure('validate-handoff')
its.assertNotGo()
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'],
        at: ['JSON-SCHEMA': ["$path:5:13", "$path:75:5", "$path:83:15"]*.toString()])
assert breaches.size() == 3 : "expected exactly three breach lines: ${breaches*.text}"
assert breaches.every { it.text.contains('holds no visible character') }
['\\u200b', '\\u3000', '\\u00a0'].each { String shown -> assert breaches.any { it.text.contains(shown) } : shown }
hs.assertAcceptance(path, 'rehearsal-handoff.v1', false)
its.assertInputsUnchanged(path, 'contracts/producer-contract-manifest.json')
true
