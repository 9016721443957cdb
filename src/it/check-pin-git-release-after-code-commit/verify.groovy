// Before the fix: "GIT-TAG-SHA tag v7.4.0 resolves to <C2>, the pin says <C1>" for a release made the way real producers make it.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def producer = evaluate(new File(root, 'src/it/_support/ProducerRepo.groovy'))
def shas = producer.recordedShas()
its.assertBuildSuccess()
its.assertNoBreaches()
def evidence = its.assertEvidence('pass')
assert evidence.baseline.commit_sha == shas.code
assert evidence.checks.find { it.id == 'git.tag-sha' }.status == 'pass'
producer.assertInputsUnchanged(shas.code)
true
