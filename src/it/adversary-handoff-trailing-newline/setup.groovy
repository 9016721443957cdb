// An optional field and a second policy key ending in a line break: JSON-SCHEMA at both, the payload rejected.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'contracts/producer-contract-manifest.json')
true
