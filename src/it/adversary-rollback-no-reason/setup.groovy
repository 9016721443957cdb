// The merged cutover to v6.0.0 rolled back; the adversary's record gives an invisible reason.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
rollback.rollBack(rollback.cutOverOnMain())
rollback.editRecord(['"reason": "5xx on stock lookups"': '"reason": "\\u200b"'])
true
