// The reference contract pack and two byte-identical mirrors (no baseline configured): verify-parity passes.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ParitySupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def parity = evaluate(new File(root, 'src/it/_support/ParitySupport.groovy'))

['contracts/integration-v1', 'components/api/src/main/resources/contracts/integration-v1', 'components/worker/src/main/resources/contracts/integration-v1'].each { parity.copyPack(it) }
true
