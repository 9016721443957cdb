// As check-pin-green, plus producerRepository: a git clone in which the annotated tag v0.3.2 peels to the pinned commit.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')

def shas = producer.readProducerRepo()
assert shas.tagged == shas.head

its.assertBuildSuccess()
its.assertNoBreaches()
def evidence = its.assertEvidence('check-pin', 'pass')
assert evidence.baseline.commit_sha == shas.head
// every check ran, the producer-repository one included
assert evidence.checks.every { it.status == 'pass' } : "not every check passed: ${evidence.checks}"
producer.assertInputsUnchanged(shas.head)
true
