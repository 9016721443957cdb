// The approved move v7.4.0 -> v8.0.0, run as a dry run.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOld(repin.producer())
repin.snapshot()
true
