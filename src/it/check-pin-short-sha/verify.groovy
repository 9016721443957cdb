// One cause, one breach: PIN-FORMAT at the short commit_sha and nothing else (no PIN-COMMIT-SHA, MANIFEST-ALIGNMENT or
// GIT-TAG-SHA for the same SHA); the comparisons and producer checks that need the full SHA are skipped, naming why.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['PIN-FORMAT'], at: ['PIN-FORMAT': 'config/integration-pin.json:4'])
assert breaches.size() == 1 : breaches*.text
assert breaches[0].text.contains("commit_sha is \"${shas.old.take(7)}\", expected 40 or 64 lowercase hex characters")
its.assertEvidence('check-pin', 'fail')
Map checks = its.evidence('check-pin').checks.collectEntries { [(it.id): it] }
String why = "the pin's commit_sha is not a full SHA (PIN-FORMAT)"
['pin.baseline/commit_sha', 'manifest.alignment/commit_sha', 'git.tag-sha', 'manifest.source'].each {
    assert checks[it]?.status == 'skipped' && checks[it].detail == why : "$it: ${checks[it]}"
}
assert checks['pin.baseline'].status == 'pass'
repin.assertUnchanged()
true
