// The consumer's main pins v7.4.0; the approval record approves v7.4.0 -> v8.0.0; the build runs repin then verify.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.pinnedToOld(shas)
repin.commitConsumer()
true
