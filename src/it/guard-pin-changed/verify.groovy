// A feature branch changes the pinned release_tag: GUARD-PIN-CHANGED with a unified diff against origin/main.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'], at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json:3:1'])
assert lines.size() == 1
assert lines[0].text.contains('GUARD-PIN-CHANGED config/integration-pin.json changed since origin/main (')
assert lines[0].text.contains('(revert it: git restore --source=origin/main -- config/integration-pin.json')
// the unified diff follows the breach line
String log = its.buildLog()
assert log.contains('--- config/integration-pin.json (origin/main)\n+++ config/integration-pin.json (working tree)\n@@ -1,6 +1,6 @@')
assert log.contains('\n-  "release_tag": "v0.3.2",\n+  "release_tag": "v0.3.3",\n')
def ev = guard.assertEvidence('fail', ['guard.pin-unchanged': 'fail', 'guard.runtime-switch': 'pass', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
assert ev.breaches[0].details.contains('+  "release_tag": "v0.3.3",')
assert new File(basedir, 'config/integration-pin.json').getText('UTF-8').contains('"v0.3.3"') : 'the pin was modified by the build'
guard.assertRepositoryUntouched()
true
