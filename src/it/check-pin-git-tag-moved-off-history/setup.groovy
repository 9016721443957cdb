// producer-repo: code commit C1, manifest commit C2 tagged v7.4.0, then the tag moved to a hotfix off C1's history.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))
def shas = producer.createReleaseAfterCodeCommit('v7.4.0', true)
producer.writeInputs(shas.code)
producer.recordShas(shas)
true
