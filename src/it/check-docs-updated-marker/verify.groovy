// The matrix has no Updated line and the runbook an impossible date: DOCS-UPDATED-MARKER for each.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
def lines = its.buildLog().readLines().findAll { it.startsWith('[ERROR] docs/') }
assert lines.size() == 2
assert lines[0].startsWith('[ERROR] docs/COMPATIBILITY_MATRIX.md DOCS-UPDATED-MARKER docs/COMPATIBILITY_MATRIX.md has no "Updated: YYYY-MM-DD" line')
assert lines[1].startsWith('[ERROR] docs/RUNBOOK.md:3:10 DOCS-UPDATED-MARKER docs/RUNBOOK.md has "Updated: 2026-13-01", not a YYYY-MM-DD date')
its.assertInputsUnchanged('docs/COMPATIBILITY_MATRIX.md', 'docs/RUNBOOK.md')
true
