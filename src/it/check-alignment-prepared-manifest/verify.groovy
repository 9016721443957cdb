// Issue #29: one plugin-level configuration serves both goals. check-alignment compares the stock.v6 API with the
// prepared manifest (preparedManifestFile), the handoff goals read the released one (producerManifestFile). Before, both
// read producerManifestFile and check-alignment failed with "ALIGN-SERVICE-VERSION … set info.version to stock.v5".
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
String released = 'contracts/producer-contract-manifest.json'
String prepared = 'contracts/next/producer-contract-manifest.json'

def alignment = its.assertEvidence('check-alignment', 'pass')
assert alignment.inputs*.path.contains(prepared) : alignment.inputs
assert !alignment.inputs*.path.contains(released) : alignment.inputs
assert alignment.checks.find { it.id == 'manifest.schema' }.detail == 'producer-contract-manifest.v1, prepared'
assert its.checkStatus(alignment, 'alignment.service-version') == 'pass'
assert its.checkStatus(alignment, 'alignment.error-codes') == 'pass'

def handoff = its.assertEvidence('validate-handoff', 'pass')
assert handoff.inputs*.path.contains(released) : handoff.inputs
assert !handoff.inputs*.path.contains(prepared) : handoff.inputs
assert handoff.checks.find { it.id == 'manifest.schema' }.detail == 'producer-contract-manifest.v1, released'
['handoff.baseline', 'handoff.error-codes', 'handoff.overlap', 'handoff.stale'].each { assert its.checkStatus(handoff, it) == 'pass' }
String path = 'handoff/STOCK_V6_REHEARSAL_HANDOFF_CANDIDATE.json'
def payload = new JsonSlurper().parse(its.file(path), 'UTF-8')
assert payload.payload_contract_version == 'stock-v6-rehearsal-handoff.v1'
assert payload.producer.active_runtime_baseline.release_tag == 'v5.4.0'
assert payload.producer.active_runtime_baseline.service_contract_version == 'stock.v5'
hs.assertAcceptance(path, 'rehearsal-handoff.v1', true)
its.assertInputsUnchanged(released, prepared)
true
