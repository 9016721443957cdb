// HANDOFF-STALE at generated_at_utc: the back-dated handoff is older than the commit that last changed the manifest.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def shas = new Properties()
its.file('shas.properties').withInputStream { shas.load(it) }
String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertNotGo()
its.assertBuildFailure('validate-handoff')
def breaches = its.assertBreaches(required: ['HANDOFF-STALE'], at: ['HANDOFF-STALE': "$path:3".toString()])
assert breaches.size() == 1 : breaches*.text
String line = breaches[0].text
assert line.contains("generated_at_utc is 2000-01-01T00:00:00Z, before commit ${shas.manifest.substring(0, 12)} " +
        '(2026-02-01T10:02:00Z) that last changed contracts/producer-contract-manifest.json: a handoff cannot be older ' +
        'than what it was generated from') : line
assert line.contains('mvn cutover:generate-handoff') : line
def ev = its.assertEvidence('validate-handoff', 'fail')
assert its.checkStatus(ev, 'handoff.stale') == 'fail'
assert its.file(path).getText('UTF-8').contains('"generated_at_utc": "2000-01-01T00:00:00Z"')
true
