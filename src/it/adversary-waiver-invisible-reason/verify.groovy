// A waiver whose reason and owner nobody can see waives nothing: JSON-SCHEMA at each, and the runbook's breach stays.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('verdict')
its.assertNotGo()
def breaches = its.assertBreaches(required: ['DOCS-MISSING-SNIPPET', 'JSON-SCHEMA'],
        at: ['DOCS-MISSING-SNIPPET': 'docs/BILLING_RUNBOOK.md',
             'JSON-SCHEMA': ['config/cutover-waivers.json:7:17', 'config/cutover-waivers.json:8:16']])
assert breaches.findAll { it.rule == 'JSON-SCHEMA' }*.text.collect { it.substring(0, it.indexOf(' (schema')) } == [
        '[ERROR] config/cutover-waivers.json:7:17 JSON-SCHEMA /waivers/0/reason: "\\u200b" holds no visible character '
                + '(only white space or invisible characters)',
        '[ERROR] config/cutover-waivers.json:8:16 JSON-SCHEMA /waivers/0/owner: "\\u3164" holds no visible character '
                + '(only white space or invisible characters)']
assert !its.buildLog().contains('waived by') : 'an invisible waiver waived the breach'
true
