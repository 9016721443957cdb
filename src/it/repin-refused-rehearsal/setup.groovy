// The consumer pins v7.4.0; <baseline> names v8.0.0 but the mode is rehearsal.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOld(repin.producer())
repin.snapshot()
true
