// producer-repo: code commit C1, manifest commit C2 tagged v7.4.0, then the tag moved to a hotfix off C1's history.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')
def shas = producer.createReleaseAfterCodeCommit('v7.4.0', true)
producer.writeInputs(shas.code)
producer.recordShas(shas)
true
