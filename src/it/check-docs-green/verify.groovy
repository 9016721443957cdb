// Both governance documents carry their Updated marker and every expanded ${pin.*} line.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
its.assertBuildSuccess()
its.assertNoStackTrace()
assert its.buildLog().contains('[INFO] check-docs: PASS (2 passed, 0 failed, 0 skipped; 0 breaches)')
def evidence = new groovy.json.JsonSlurper().parse(its.file('target/cutover-guardrails/check-docs.json'))
assert evidence.status == 'pass'
assert evidence.inputs*.path == ['docs/COMPATIBILITY_MATRIX.md', 'docs/RUNBOOK.md']
its.assertInputsUnchanged('docs/COMPATIBILITY_MATRIX.md', 'docs/RUNBOOK.md')
true
