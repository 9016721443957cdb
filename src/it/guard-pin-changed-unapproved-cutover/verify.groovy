// Not the approved move: GUARD-PIN-CHANGED, and the hint says why the approval does not cover it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-PIN-CHANGED'], at: ['GUARD-PIN-CHANGED': 'config/integration-pin.json'])
// #24: the approval is checked against the pin at main first: it starts from v7.3.0, main pins v7.4.0
assert lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text.contains('the approval record does not hold: the record approves a move from v7.3.0 (' + '0' * 40 + '), but the pin at main is v7.4.0 (')
// #28: in cutover mode the message says why per mode, not "during the rehearsal"
String changed = lines.find { it.rule == 'GUARD-PIN-CHANGED' }.text
assert changed.contains('in cutover mode the pin moves only as the approval record (cutoverApprovalFile) approves') : changed
assert !changed.contains('during the rehearsal') : changed
its.assertEvidence('guard', 'fail')
true
