// main pins v5.2.0; the approval of v5.2.0 -> v6.0.0 lies beside it, never applied.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
rollback.pinnedToV5OnMain()
rollback.repin().snapshot()
true
