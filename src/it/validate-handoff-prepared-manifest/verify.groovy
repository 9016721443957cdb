// Issue #29: the handoff goals read the released manifest (the active runtime baseline). Step 1 generates the stock.v6
// candidate from it; given the prepared manifest, step 2 (generate-handoff) writes nothing and step 3 (validate-handoff,
// checkStale) fails, each with one JSON-SCHEMA breach at its /commit_sha; the stale check is skipped because of it.
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))

String prepared = 'contracts/next/producer-contract-manifest.json'
String path = 'handoff/STOCK_V6_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertStepResults(['SUCCESS', 'FAILURE', 'FAILURE'])
assert its.buildLog().readLines().contains("[INFO] Wrote $path".toString())
def payload = new JsonSlurper().parse(its.file(path), 'UTF-8')
assert payload.generated_at_utc == '2026-11-20T09:30:00Z' : 'step 2 must not rewrite the candidate'
assert payload.producer.active_runtime_baseline.release_tag == 'v5.4.0'

def breaches = its.assertBreaches(required: ['JSON-SCHEMA'], at: ['JSON-SCHEMA': "$prepared:1:1".toString()])
assert breaches.size() == 2 : breaches*.text
['generate-handoff', 'validate-handoff'].eachWithIndex { String goal, int i ->
    assert breaches[i].text.contains("$prepared is a prepared manifest (release_tag \"v6.0.0\", no commit_sha): $goal needs "
            + 'the released manifest (the active runtime baseline) in <producerManifestFile>') : breaches[i].text
    assert breaches[i].text.contains('set <producerManifestFile> to the released manifest (the active runtime baseline\'s); '
            + 'the prepared one goes in <preparedManifestFile>, which check-alignment reads') : breaches[i].text
}
its.assertFailedIn('validate-handoff')
def ev = its.evidence('validate-handoff')
assert ev.status == 'fail' && ev.breaches.size() == 1 && ev.breaches[0].json_pointer == '/commit_sha' : ev.breaches
def stale = ev.checks.find { it.id == 'handoff.stale' }
String skippedWhy = "$prepared is a prepared manifest (no commit_sha, JSON-SCHEMA): it names no released commit; " +
        'a candidate is generated from the released one'
assert stale.status == 'skipped' && stale.detail == skippedWhy : stale
assert ev.acceptance.accepted == false
its.assertInputsUnchanged('contracts/producer-contract-manifest.json', prepared)
true
