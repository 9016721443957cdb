// Step 1 (-Dcutover.today=2031-03-31, the waiver's last day) passes with a warning ahead, as a build of that day did;
// step 2 (2031-04-01) fails: the breach stands and WAIVER-EXPIRED names the waiver's owner.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertStepResults(['SUCCESS', 'FAILURE'])
its.assertFailedIn('check-docs')
List<String> lines = its.buildLog().readLines()
int second = lines.findIndexOf { it.startsWith('[INFO] check-docs: PASS') || it.startsWith('[INFO] check-docs: WARN') }
assert second >= 0 : 'step 1 ends with check-docs WARN'
assert lines[0..second].any { it.startsWith('[INFO] Waived: docs/BILLING_RUNBOOK.md DOCS-MISSING-SNIPPET ') }
assert lines[0..second].contains('[WARNING] config/cutover-waivers.json:4:5 WAIVER-EXPIRED the waiver of DOCS-MISSING-SNIPPET ' +
        'owned by invoicing-team expires on 2031-03-31, today is its last day (waiverWarningDays 14) (fix the waived breach ' +
        'before then, or ask invoicing-team to agree a new expires day)')
List<String> step2 = lines.drop(second + 1)
assert step2.contains('[ERROR] config/cutover-waivers.json:4:5 WAIVER-EXPIRED the waiver of DOCS-MISSING-SNIPPET owned by ' +
        'invoicing-team expired on 2031-03-31 (today is 2031-04-01): it waives nothing (fix the breach and delete the waiver, ' +
        'or ask invoicing-team to agree a new expires day)')
assert step2.any { it.startsWith('[ERROR] docs/BILLING_RUNBOOK.md DOCS-MISSING-SNIPPET ') }
assert !step2.any { it.startsWith('[INFO] Waived:') }
def ev = its.evidence('check-docs')
assert ev.status == 'fail'
assert ev.breaches*.rule_id == ['DOCS-MISSING-SNIPPET', 'WAIVER-EXPIRED'] && ev.breaches.every { it.waived == null }
assert ev.inputs*.path.contains('config/cutover-waivers.json')
true
