// As check-pin-green, plus producerRepository, released the way real producers release: the pinned code commit, then the
// commit adding contracts/producer-contract-manifest.json (byte-identical to the mirror) that the annotated tag v0.3.2 is on.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')
def shas = producer.createReleaseAfterCodeCommit('v0.3.2', false)
producer.writeInputs(shas.code, shas.tagged)
producer.recordShas(shas)
true
