// The merged cutover to v6.0.0 (as rollback-applies), and a snapshot of the consumer's files.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
rollback.cutOverOnMain()
rollback.repin().snapshot()
true
