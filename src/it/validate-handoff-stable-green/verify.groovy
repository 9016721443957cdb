// The reference stable v0.4.0 release handoff with the v0.4.0 manifest, validated by a consumer already repinned to v0.4.0 / service.v3 (no targetServiceContract): accepted with its real SHA-256.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').assertStableReferenceAccepted()
true
