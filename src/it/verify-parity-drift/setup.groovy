// One file missing from the api mirror, one extra and one changed file in the worker mirror: PARITY-MISSING, PARITY-EXTRA and PARITY-DIFFERENT in one run.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1', 'components/worker/src/main/resources/contracts/integration-v1'].each { parity.copyPack(it) }
// missing: the api mirror lost a fixture
assert new File(basedir, 'components/api/src/main/resources/contracts/integration-v1/fixtures/proposed-memory-write.sample.json').delete()
// extra: the worker mirror grew a schema the canonical pack does not have
new File(basedir, 'components/worker/src/main/resources/contracts/integration-v1/schemas/worker-only.schema.json').text = '{"$id": "worker-only"}\n'
// changed: the worker mirror's manifest was edited in place
File manifest = new File(basedir, 'components/worker/src/main/resources/contracts/integration-v1/producer-contract-manifest.json')
String edited = manifest.text.replace('"release_tag": "v0.4.0"', '"release_tag": "v0.4.1"')
assert edited != manifest.text
manifest.text = edited
true
