// Pin, mirror and matrix back at v5.2.0, the rollback record beside the approval, each change as a diff, and the last
// line names the <baseline> to set.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
def shas = rollback.repin().recorded()
its.assertBuildSuccess()
its.assertNoBreaches()
String log = its.buildLog()
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.release_tag == 'v5.2.0' && pin.commit_sha == shas.old && pin.release_tag_commit_sha == shas.oldTagged
assert pin.expected_service_contract_version == 'stock.v5' && pin.inventory_repo.endsWith('inventory-service.git')
assert pin.expected_producer_manifest_sha256 == its.sha256(rollback.repin().manifestAt('v5.2.0'))
assert its.file('config/producer-manifest.json').bytes == rollback.repin().manifestAt('v5.2.0')
String matrix = its.file('docs/COMPATIBILITY_MATRIX.md').getText('UTF-8')
assert matrix.contains("- Inventory release tag: `v5.2.0`") && matrix.contains("- Service contract: `stock.v5`")
assert matrix.contains("| v5.2.0 | ${shas.old} | stock.v5 | inventory-api.v2 | integration/v3 | Approved |")
assert matrix.contains("| v6.0.0 | ${shas.new} | stock.v6 | inventory-api.v2 | integration/v3 | Rolled back |")
def record = new JsonSlurper().parse(its.file('cutover-rollback.json'))
assert record.schema_version == 'cutover-rollback.v1'
assert record.approval_sha256 == its.sha256(its.file('cutover-approval.json').bytes)
assert record.from == [release_tag: 'v6.0.0', commit_sha: shas.new]
assert record.to == [release_tag: 'v5.2.0', commit_sha: shas.old]
assert record.rolled_back_by == 'storefront-oncall' && record.reason == '5xx on stock lookups after the cutover'
assert record.rolled_back_at_utc ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/
['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md', 'cutover-rollback.json'].each {
    assert log.contains("[INFO] Changed $it:") : "no diff of $it"
}
assert log.contains('-  "release_tag": "v6.0.0",') && log.contains('+  "release_tag": "v5.2.0",')
def info = log.readLines().findAll { it.startsWith('[INFO] ') && !it.startsWith('[INFO] ---') && !it.startsWith('[INFO] BUILD')
        && !it.startsWith('[INFO] Total time') && !it.startsWith('[INFO] Finished at') && !(it ==~ /\[INFO\] -+/) && it != '[INFO] ' }
assert info.last() == "[INFO] Rolled back to v5.2.0. Now set <baseline> back to it in the same reviewed change (rollback cannot " +
        "edit the POM): <releaseTag>v5.2.0</releaseTag> <commitSha>${shas.old}</commitSha> <serviceContract>stock.v5" +
        "</serviceContract> <apiContract>inventory-api.v2</apiContract> <integrationBaseline>integration/v3</integrationBaseline>"
its.assertEvidence('rollback', 'pass')
true
