// The worker mirror directory does not exist, with -Dcutover.allowMissingMirrors=true: a [WARNING] FILE-MISSING line, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1'].each { parity.copyPack(it) }
true
