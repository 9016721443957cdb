// After the cutover: the reference stable v0.4.0 release handoff, no envelope policy configured: the stable release states its own stable policy, accepted.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').assertStableReferenceAccepted()
true
