// main pinned v5.2.0, then the approved cutover to v6.0.0 applied by repin and merged; the cutover failed.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('RollbackSupport').cutOverOnMain()
true
