// A waiver whose reason and owner nobody can see waives nothing: JSON-SCHEMA at each, and the runbook's breach stays.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'docs/BILLING_RUNBOOK.md')
true
