// An owner nobody can see: the waiver file fails its schema at the owner (#26: visible-text), waives nothing, and the
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'docs/BILLING_RUNBOOK.md')
true
