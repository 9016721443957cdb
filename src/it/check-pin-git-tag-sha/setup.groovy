// The producer moved on: tag v0.3.2 peels to an earlier commit than the pinned (and baselined) one: GIT-TAG-SHA.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')

// producer-repo: tag v0.3.2 on a first commit, then a second commit; everything pins the second one
def shas = producer.createProducerRepo(true)
producer.writeInputs(shas.head)
true
