// The repin passes; the verdict with the future-dated approval is not GO: CUTOVER-APPROVAL at the approval's date.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertStepResults(['SUCCESS', 'FAILURE'])
its.assertNotGo()
def lines = its.assertBreaches(required: ['CUTOVER-APPROVAL', 'GUARD-PIN-CHANGED'], at: ['CUTOVER-APPROVAL': 'adversary-approval.json:16'])
assert lines.any { it.rule == 'CUTOVER-APPROVAL' && it.text.contains('the consumer approval is dated 2099-01-01T00:00:00Z, after now (') &&
        it.text.contains('an approval in the future approves nothing yet') }
true
