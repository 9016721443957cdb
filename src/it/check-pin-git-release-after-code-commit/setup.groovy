// producer-repo: code commit C1, then C2 adding the manifest that names C1, tagged v7.4.0; pin and baseline name C1.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')
def shas = producer.createReleaseAfterCodeCommit('v7.4.0', false)
assert shas.code != shas.tagged
producer.writeInputs(shas.code, shas.tagged)
producer.recordShas(shas)
true
