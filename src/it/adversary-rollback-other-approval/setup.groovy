// The merged cutover to v6.0.0 rolled back; the adversary's record names another approval (approval_sha256).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
rollback.rollBack(rollback.cutOverOnMain())
String sha = its.sha256(its.file('cutover-approval.json').bytes)
rollback.editRecord([(sha): 'ab' * 32])
true
