// As check-pin-green, plus producerRepository: a git clone in which the annotated tag v0.3.2 peels to the pinned commit.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')

// producer-repo: one commit with the annotated tag v0.3.2; pin, manifest, matrix and baseline name that commit
def shas = producer.createProducerRepo(false)
producer.writeInputs(shas.head)
true
