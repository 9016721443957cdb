// A quoted "Updated:" line and a commented one are not the documents' marker, a commented required line is not in the
// notes: check-docs fails with DOCS-UPDATED-MARKER for both documents and DOCS-MISSING-SNIPPET for the notes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
its.assertBuildFailure('check-docs')
def lines = its.assertBreaches(required: ['DOCS-UPDATED-MARKER', 'DOCS-MISSING-SNIPPET'],
        at: ['DOCS-UPDATED-MARKER': ['docs/BILLING_RUNBOOK.md', 'docs/CUTOVER_NOTES.md'],
             'DOCS-MISSING-SNIPPET': 'docs/CUTOVER_NOTES.md'])
List<String> expected = [
        '[ERROR] docs/BILLING_RUNBOOK.md DOCS-UPDATED-MARKER docs/BILLING_RUNBOOK.md has no "Updated: YYYY-MM-DD" line (',
        '[ERROR] docs/CUTOVER_NOTES.md DOCS-MISSING-SNIPPET docs/CUTOVER_NOTES.md does not contain ' +
                '"Cutover target: billing.v7 / billing-api.v2" (',
        '[ERROR] docs/CUTOVER_NOTES.md DOCS-UPDATED-MARKER docs/CUTOVER_NOTES.md has no "Updated: YYYY-MM-DD" line (']
assert lines.size() == expected.size() : lines*.text
expected.eachWithIndex { String line, int i -> assert lines[i].text.startsWith(line) : lines[i].text }
its.assertInputsUnchanged('docs/BILLING_RUNBOOK.md', 'docs/CUTOVER_NOTES.md')
true
