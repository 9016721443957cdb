// main pins v7.4.0; cutover-approval.json approves v7.4.0 -> v8.0.0; adversary-approval.json is the same record with the
// consumer's approval dated 2099.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOldOnMain()
repin.adversaryApproval('"2026-11-28T09:30:00Z"': '"2099-01-01T00:00:00Z"')
true
