// The first pin, mirror and matrix come from the producer clone; check-pin then passes with producerRepository.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
its.assertBuildSuccess()
its.assertNoBreaches()
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.billing_repo == 'https://git.example.org/billing/billing-service.git'
assert pin.release_tag == 'v7.4.0' && pin.commit_sha == shas.old
assert pin.default_base_url == 'http://127.0.0.1:8080' && pin.default_timeout_ms == 3000
assert its.file('config/producer-manifest.json').bytes == repin.manifestAt('v7.4.0')
assert pin.expected_producer_manifest_sha256 == its.sha256(repin.manifestAt('v7.4.0'))
assert its.file('docs/COMPATIBILITY_MATRIX.md').getText('UTF-8').contains("| v7.4.0 | ${shas.old} | billing.v7 | billing-api.v3 | integration/v1 | Approved |")
assert its.buildLog().contains('Changed config/integration-pin.json:')
its.assertEvidence('repin', 'pass')
def evidence = its.assertEvidence('check-pin', 'pass')
['git.tag-sha', 'manifest.source', 'manifest.hash', 'matrix.approved-row'].each {
    assert its.checkStatus(evidence, it) == 'pass' : "$it: ${its.checkStatus(evidence, it)}"
}
true
