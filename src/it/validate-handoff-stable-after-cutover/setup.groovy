// The reference stable v0.4.0 release handoff with the v0.4.0 manifest, validated by a consumer already repinned to v0.4.0 / service.v3 (no targetServiceContract): accepted with its real SHA-256.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('cutover', 'contracts/producer-contract-manifest.json')
true
