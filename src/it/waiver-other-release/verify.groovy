// The only waiver is bound to v7.3.0 while <baseline> is v7.4.0 (waiverFile configured): it does not apply, the
// breach fails the build, and the waiver is WAIVER-UNUSED naming both releases.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('check-docs')
def lines = its.assertBreaches(required: ['DOCS-MISSING-SNIPPET'], optional: ['WAIVER-UNUSED'],
        at: ['DOCS-MISSING-SNIPPET': 'docs/BILLING_RUNBOOK.md'])
assert lines.find { it.rule == 'WAIVER-UNUSED' }.text == '[WARNING] config/cutover-waivers.json:4:5 WAIVER-UNUSED the waiver ' +
        'of DOCS-MISSING-SNIPPET owned by invoicing-team is bound to release v7.3.0, <baseline> is v7.4.0 (delete the ' +
        'waiver, or correct its rule, file, pointer, match or release_tag)'
assert !its.buildLog().contains('[INFO] Waived:')
true
