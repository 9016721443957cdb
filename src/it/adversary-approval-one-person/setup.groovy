// main pins v7.4.0; cutover-approval.json approves v7.4.0 -> v8.0.0; in adversary-approval.json the producer's
// release owner also signs as the consumer (the address in other letter case).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOldOnMain()
repin.adversaryApproval('orders-integration-owner@example.org': 'Billing-Release-Owner@Example.org')
true
