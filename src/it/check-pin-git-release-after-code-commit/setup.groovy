// producer-repo: code commit C1, then C2 adding the manifest that names C1, tagged v7.4.0; pin and baseline name C1.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))
def shas = producer.createReleaseAfterCodeCommit('v7.4.0', false)
assert shas.code != shas.tagged
producer.writeInputs(shas.code)
producer.recordShas(shas)
true
