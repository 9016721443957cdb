// After the cutover: the reference stable v0.4.0 release handoff, no envelope policy configured: held to the target policy, accepted.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').assertStableReferenceAccepted()
true
