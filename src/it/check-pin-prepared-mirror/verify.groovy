// Issue #29: check-pin needs the pinned release's manifest. A prepared one in the mirror is a JSON-SCHEMA breach at its
// /commit_sha naming it and the fix (the pin even holds its hash, so MANIFEST-HASH passes); the commit's comparison with
// the pin is skipped because of it, and what the prepared manifest does name (v6.0.0, stock.v6) is compared:
// MANIFEST-ALIGNMENT.
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))

String mirror = 'config/producer-manifest.json'
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'), 'UTF-8')
assert pin.expected_producer_manifest_sha256 == its.sha256(mirror) : 'the pin must hold the mirror\'s hash'

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['JSON-SCHEMA', 'MANIFEST-ALIGNMENT'], at: ['JSON-SCHEMA': "$mirror:1:1".toString()])
def schema = breaches.findAll { it.rule == 'JSON-SCHEMA' }
assert schema.size() == 1 : breaches*.text
assert schema[0].text.contains("$mirror is a prepared manifest (release_tag \"v6.0.0\", no commit_sha): check-pin "
        + "needs the pinned release's manifest in the mirror (producerManifestFile)")
assert schema[0].text.contains('mirror the pinned release\'s manifest (mvn cutover:repin writes it')
assert breaches.findAll { it.rule == 'MANIFEST-ALIGNMENT' }.size() == 2 : breaches*.text
assert !breaches.any { it.text.contains('commit_sha is') } : 'the missing commit is one breach, not two'
def ev = its.assertEvidence('check-pin', 'fail')
assert ev.breaches.find { it.rule_id == 'JSON-SCHEMA' }.json_pointer == '/commit_sha'
assert its.checkStatus(ev, 'manifest.schema') == 'fail'
assert its.checkStatus(ev, 'manifest.hash') == 'pass'
def commit = ev.checks.find { it.id == 'manifest.alignment/commit_sha' }
assert commit?.status == 'skipped' && commit.detail.contains('is a prepared manifest (no commit_sha, JSON-SCHEMA)') : ev.checks
its.assertInputsUnchanged('config/integration-pin.json', mirror)
true
