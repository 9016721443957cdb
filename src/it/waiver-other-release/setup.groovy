// The only waiver is bound to v7.3.0 while <baseline> is v7.4.0 (waiverFile configured): it does not apply, the
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'docs/BILLING_RUNBOOK.md')
true
