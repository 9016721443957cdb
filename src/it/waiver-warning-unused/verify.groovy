// Ten days before its end the waiver still applies and warns ahead; the changelog's waiver matched nothing: both are
// warnings, the build passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildSuccess()
def lines = its.assertBreaches(level: 'WARNING', required: ['WAIVER-EXPIRED', 'WAIVER-UNUSED'],
        at: ['WAIVER-EXPIRED': 'config/cutover-waivers.json:4:5', 'WAIVER-UNUSED': 'config/cutover-waivers.json:11:5'])
assert lines*.text == [
        '[WARNING] config/cutover-waivers.json:4:5 WAIVER-EXPIRED the waiver of DOCS-MISSING-SNIPPET owned by invoicing-team ' +
                'expires on 2031-01-16, in 10 days (waiverWarningDays 14) (fix the waived breach before then, or ask ' +
                'invoicing-team to agree a new expires day)',
        '[WARNING] config/cutover-waivers.json:11:5 WAIVER-UNUSED the waiver of DOCS-UPDATED-MARKER owned by billing-team ' +
                'matched no breach of check-docs (delete the waiver, or correct its rule, file, pointer, match or release_tag)']
assert its.buildLog().readLines().contains('[INFO] check-docs: WARN (2 passed, 0 failed, 0 skipped; 3 breaches, 1 waived)')
def ev = its.evidence('check-docs')
assert ev.status == 'warn'
assert ev.checks.find { it.id == 'waivers' }.detail == '2 waivers in config/cutover-waivers.json, 1 applied on 2031-01-06'
true
