// The reference contract pack and two byte-identical mirrors (no baseline configured): verify-parity passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1', 'components/worker/src/main/resources/contracts/integration-v1'].each { parity.copyPack(it) }
true
