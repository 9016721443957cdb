// The worker mirror directory does not exist: FILE-MISSING naming it, BUILD FAILURE (the api mirror is still compared).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1'].each { parity.copyPack(it) }
true
