// Not the approved move: GUARD-PIN-CHANGED, and the hint says why the approval does not cover it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'], at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json'])
assert lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text.contains('the change is not the approved move from v7.3.0 to v8.0.0 alone')
its.assertEvidence('guard', 'fail')
true
