// As check-pin-green, plus producerRepository: a git clone in which the annotated tag v0.3.2 peels to the pinned commit.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))

def shas = producer.readProducerRepo()
assert shas.tagged == shas.head

its.assertBuildSuccess()
its.assertNoBreaches()
def evidence = its.assertEvidence('pass')
assert evidence.baseline.commit_sha == shas.head
// every check ran, the producer-repository one included
assert evidence.checks.every { it.status == 'pass' } : "not every check passed: ${evidence.checks}"
producer.assertInputsUnchanged(shas.head)
true
