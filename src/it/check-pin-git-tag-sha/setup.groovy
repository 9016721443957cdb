// The producer moved on: tag v0.3.2 peels to an earlier commit than the pinned (and baselined) one: GIT-TAG-SHA.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))

// producer-repo: tag v0.3.2 on a first commit, then a second commit; everything pins the second one
def shas = producer.createProducerRepo(true)
producer.writeInputs(shas.head)
true
