// The merged cutover to v6.0.0 rolled back (pin, mirror, matrix and the rollback record in the working tree, not yet
// merged); the POM names v5.2.0 again and rehearses stock.v6.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
rollback.rollBack(rollback.cutOverOnMain())
true
