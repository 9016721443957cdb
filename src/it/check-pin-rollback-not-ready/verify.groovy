// One cause, one breach: ROLLBACK-READINESS names the release that no longer holds; the pinned release still does.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('check-pin')
def lines = its.assertBreaches(required: ['ROLLBACK-READINESS'])
assert lines.size() == 1
assert lines[0].text.startsWith('[ERROR] cutover-approval.json:11:') && lines[0].text.contains("a rollback to v5.2.0 (the approval's previous_baseline) would fail: ")
assert lines[0].text.contains('v5.2.0')
def ev = its.assertEvidence('check-pin', 'fail')
assert ev.checks.find { it.id == 'git.tag-sha' }.status == 'pass'
assert ev.checks.find { it.id == 'cutover.rollback-ready' }.status == 'fail'
true
