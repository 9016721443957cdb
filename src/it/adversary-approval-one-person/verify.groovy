// The repin passes; the verdict with one person as both approvers is not GO: CUTOVER-APPROVAL at the consumer's approver.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertStepResults(['SUCCESS', 'FAILURE'])
its.assertNotGo()
def lines = its.assertBreaches(required: ['CUTOVER-APPROVAL', 'GUARD-PIN-CHANGED'], at: ['CUTOVER-APPROVAL': 'adversary-approval.json:16'])
assert lines.any { it.rule == 'CUTOVER-APPROVAL' && it.text.contains('producer and consumer are approved by the same person ' +
        '(billing-release-owner@example.org): a joint approval needs two') }
true
