// Both governance documents carry their Updated marker and every expanded ${pin.*} line.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildSuccess()
its.assertNoStackTrace()
assert its.buildLog().contains('[INFO] check-docs: PASS (2 passed, 0 failed, 0 skipped; 0 breaches)')
def evidence = its.evidence('check-docs')
assert evidence.status == 'pass'
assert evidence.inputs*.path == ['docs/COMPATIBILITY_MATRIX.md', 'docs/RUNBOOK.md']
its.assertInputsUnchanged('docs/COMPATIBILITY_MATRIX.md', 'docs/RUNBOOK.md')
true
