// The runbook still names v0.3.1: DOCS-MISSING-SNIPPET with the expanded line.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('rehearsal', 'docs/COMPATIBILITY_MATRIX.md')
true
