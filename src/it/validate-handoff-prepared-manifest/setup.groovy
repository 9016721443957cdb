// The inventory-service producer's released v5.4.0 manifest (stock.v5) and prepared v6.0.0 manifest (no commit_sha).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('inventory', 'contracts/producer-contract-manifest.json', 'contracts/next/producer-contract-manifest.json')
true
