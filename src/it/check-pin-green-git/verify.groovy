// Every check runs and passes with producerRepository: the release in the producer's history and the mirror as at the tag.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')
def shas = producer.recordedShas()
assert shas.code != shas.tagged

its.assertBuildSuccess()
its.assertNoBreaches()
def evidence = its.assertEvidence('check-pin', 'pass')
assert evidence.baseline.commit_sha == shas.code
// every check ran, the producer-repository ones included
assert evidence.checks.every { it.status == 'pass' } : "not every check passed: ${evidence.checks}"
assert its.checkStatus(evidence, 'git.tag-sha') == 'pass' && its.checkStatus(evidence, 'manifest.source') == 'pass'
producer.assertInputsUnchanged(shas.code, shas.tagged)
true
