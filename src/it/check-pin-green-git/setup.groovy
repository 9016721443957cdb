// As check-pin-green, plus producerRepository: a git clone in which the annotated tag v0.3.2 peels to the pinned commit.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))

// producer-repo: one commit with the annotated tag v0.3.2; pin, manifest, matrix and baseline name that commit
def shas = producer.createProducerRepo(false)
producer.writeInputs(shas.head)
true
