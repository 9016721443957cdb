// A waiver for ever: a configuration error naming the waiver's place and the latest day it may have.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('billing', 'docs/BILLING_RUNBOOK.md')
true
