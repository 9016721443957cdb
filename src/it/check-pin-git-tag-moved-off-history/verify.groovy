// The tag moved off the pinned history: GIT-TAG-SHA names the commit the tag now resolves to.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')
def shas = producer.recordedShas()
its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['GIT-TAG-SHA'], at: ['GIT-TAG-SHA': 'config/integration-pin.json:4'])
assert breaches.find { it.rule == 'GIT-TAG-SHA' }.text.contains("resolves to ${shas.tagged}")
assert breaches.find { it.rule == 'GIT-TAG-SHA' }.text.contains("not the pinned commit ${shas.code} nor a descendant of it")
def evidence = its.assertEvidence('check-pin', 'fail')
assert evidence.breaches*.rule_id == ['GIT-TAG-SHA']
producer.assertInputsUnchanged(shas.code)
true
