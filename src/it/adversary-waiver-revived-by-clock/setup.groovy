// -Dcutover.today in .mvn/maven.config, before the real date: a configuration error, never a revived waiver.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'docs/BILLING_RUNBOOK.md')
true
