// The inventory producer's stock-v6 pack and the storefront's mirror of it, then a policy only in the canonical pack,
// its extension in capitals.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

['contracts/stock-v6', 'storefront/src/main/resources/contracts/stock-v6'].each { parity.copyPack(it) }
new File(basedir, 'contracts/stock-v6/extra-policy.JSON').text = '{"reorder_level": 12, "contract": "stock.v6"}\n'
true
