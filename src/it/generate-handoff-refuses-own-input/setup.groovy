// Outputs are never inputs: generate-handoff refuses to write its candidate over the manifest it reads, naming both parameters.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'contracts/producer-contract-manifest.json')
true
