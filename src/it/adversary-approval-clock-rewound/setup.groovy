// main pins v7.4.0; cutover-approval.json approves v7.4.0 -> v8.0.0 on 2026-11-28.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOldOnMain()
true
