// The runbook's breach is waived (default config/cutover-waivers.json): logged with its owner and day, GO, and listed
// as waived in verdict.json, verdict.md, JUnit (no failure) and SARIF (an accepted external suppression).
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildSuccess()
its.assertNoBreaches()
String log = its.buildLog()
assert log.readLines().contains('[INFO] Waived: docs/BILLING_RUNBOOK.md DOCS-MISSING-SNIPPET docs/BILLING_RUNBOOK.md does not ' +
        'contain "Billing v7.4.0 (583efe23e61c0f58392a2759e4de2b4ce6c7347a)" (add the line "Billing v7.4.0 ' +
        '(583efe23e61c0f58392a2759e4de2b4ce6c7347a)" to docs/BILLING_RUNBOOK.md (it must match the <baseline>)) — waived by ' +
        'invoicing-team until 2031-03-31 (config/cutover-waivers.json:4:5): the runbook moves to the wiki this sprint')
assert log.readLines().any { it.startsWith('[INFO] Rehearsal continuation: GO (3 checks passed, 1 breach waived: ' +
        'DOCS-MISSING-SNIPPET by invoicing-team until 2031-03-31, ') }
File dir = its.file('target/cutover-guardrails')
def verdict = new JsonSlurper().parse(new File(dir, 'verdict.json'))
assert verdict.rehearsal_continuation.decision == 'GO'
def docs = verdict.goals.find { it.goal == 'check-docs' }
assert docs.status == 'pass' && docs.breaches.size() == 1
assert docs.breaches[0].waived == [owner: 'invoicing-team', expires: '2031-03-31',
        reason: 'the runbook moves to the wiki this sprint', waiver: 'config/cutover-waivers.json:4:5']
def waivers = verdict.goals.find { it.goal == 'waivers' }
assert waivers.checks*.status == ['pass'] && waivers.breaches.isEmpty()
String md = new File(dir, 'verdict.md').getText('UTF-8')
assert md.contains('| `DOCS-MISSING-SNIPPET` | `docs/BILLING_RUNBOOK.md` | invoicing-team | 2031-03-31 | the runbook moves to the ' +
        'wiki this sprint | `config/cutover-waivers.json:4:5` |')
String junit = new File(dir, 'TEST-cutover-guardrails.xml').getText('UTF-8')
assert junit.contains('failures="0"') && !junit.contains('<failure')
def sarif = new JsonSlurper().parse(new File(dir, 'cutover-guardrails.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'DOCS-MISSING-SNIPPET' }
assert result.suppressions == [[kind: 'external', status: 'accepted', justification: 'waived by invoicing-team until ' +
        '2031-03-31 (config/cutover-waivers.json:4:5): the runbook moves to the wiki this sprint']]
its.assertInputsUnchanged('config/cutover-waivers.json', 'docs/BILLING_RUNBOOK.md')
true
