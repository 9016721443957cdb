// The merged cutover to v6.0.0; the producer's tag v5.2.0 (the approval's previous_baseline) is gone.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
rollback.cutOverOnMain()
rollback.deleteTag('v5.2.0')
true
