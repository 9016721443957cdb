// The producer moved on: tag v0.3.2 peels to an earlier commit than the pinned (and baselined) one: GIT-TAG-SHA.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')

def shas = producer.readProducerRepo()
assert shas.tagged != shas.head

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['GIT-TAG-SHA'], at: ['GIT-TAG-SHA': 'config/integration-pin.json:4'])
def evidence = its.assertEvidence('check-pin', 'fail')
// the breach states what the tag resolves to (console line or evidence)
def gitBreach = evidence.breaches.find { it.rule_id == 'GIT-TAG-SHA' }
assert breaches.any { it.text.contains(shas.tagged) } || gitBreach.actual == shas.tagged || gitBreach.message.contains(shas.tagged) :
        "GIT-TAG-SHA does not name the tagged commit ${shas.tagged}: $gitBreach"
producer.assertInputsUnchanged(shas.head)
true
