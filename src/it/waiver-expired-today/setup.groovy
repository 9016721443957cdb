// Step 1 (-Dcutover.today=2031-03-31, the waiver's last day) passes with a warning ahead, as a build of that day did;
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'docs/BILLING_RUNBOOK.md')
true
