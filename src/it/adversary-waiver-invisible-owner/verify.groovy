// An owner nobody can see: the waiver file fails its schema at the owner (#26: visible-text), waives nothing, and the
// runbook's breach stays a breach.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('verdict')
its.assertNotGo()
def breaches = its.assertBreaches(required: ['DOCS-MISSING-SNIPPET', 'JSON-SCHEMA'],
        at: ['DOCS-MISSING-SNIPPET': 'docs/BILLING_RUNBOOK.md', 'JSON-SCHEMA': 'config/cutover-waivers.json:8:16'])
assert breaches.findAll { it.rule == 'JSON-SCHEMA' }*.text.collect { it.substring(0, it.indexOf(' (schema')) } == [
        '[ERROR] config/cutover-waivers.json:8:16 JSON-SCHEMA /waivers/0/owner: "\\u200b" holds no visible character '
                + '(only white space or invisible characters)']
assert !its.buildLog().contains('waived by') : 'an invisible owner waived the breach'
true
