// The tag moved off the pinned history: GIT-TAG-SHA names the commit the tag now resolves to.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))
def shas = producer.recordedShas()
its.assertBuildFailure()
def breaches = its.assertBreaches(required: ['GIT-TAG-SHA'], at: ['GIT-TAG-SHA': 'config/integration-pin.json:4'])
assert breaches.find { it.rule == 'GIT-TAG-SHA' }.text.contains("resolves to ${shas.tagged}")
assert breaches.find { it.rule == 'GIT-TAG-SHA' }.text.contains("not the pinned commit ${shas.code} nor a descendant of it")
def evidence = its.assertEvidence('fail')
assert evidence.breaches*.rule_id == ['GIT-TAG-SHA']
producer.assertInputsUnchanged(shas.code)
true
