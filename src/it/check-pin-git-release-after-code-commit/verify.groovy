// Before the fix: "GIT-TAG-SHA tag v7.4.0 resolves to <C2>, the pin says <C1>" for a release made the way real producers make it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def producer = its.load('ProducerRepo')
def shas = producer.recordedShas()
its.assertBuildSuccess()
its.assertNoBreaches()
def evidence = its.assertEvidence('check-pin', 'pass')
assert evidence.baseline.commit_sha == shas.code
assert evidence.checks.find { it.id == 'git.tag-sha' }.status == 'pass'
producer.assertInputsUnchanged(shas.code, shas.tagged)
true
