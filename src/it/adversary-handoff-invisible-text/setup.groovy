// A repo, an action and a command of invisible characters only: JSON-SCHEMA at each, the payload rejected.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'contracts/producer-contract-manifest.json')
true
