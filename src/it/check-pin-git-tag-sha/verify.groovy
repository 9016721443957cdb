// The producer moved on: tag v0.3.2 peels to an earlier commit than the pinned (and baselined) one: GIT-TAG-SHA.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))

def shas = producer.readProducerRepo()
assert shas.tagged != shas.head

its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['GIT-TAG-SHA'], at: ['GIT-TAG-SHA': 'config/integration-pin.json:4'])
def evidence = its.assertEvidence('fail')
// the breach states what the tag resolves to (console line or evidence)
def gitBreach = evidence.breaches.find { it.rule_id == 'GIT-TAG-SHA' }
assert breaches.any { it.text.contains(shas.tagged) } || gitBreach.actual == shas.tagged || gitBreach.message.contains(shas.tagged) :
        "GIT-TAG-SHA does not name the tagged commit ${shas.tagged}: $gitBreach"
producer.assertInputsUnchanged(shas.head)
true
