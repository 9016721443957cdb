// The pin is unchanged and the record approves v7.4.0, but from v7.3.0: CUTOVER-APPROVAL names the pin at main.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def shas = its.load('RepinSupport').recorded()
its.assertBuildFailure('verdict')
its.assertNotGo('Runtime cutover')
def lines = its.assertBreaches(required: ['CUTOVER-APPROVAL'], at: ['CUTOVER-APPROVAL': 'adversary-approval.json'])
assert lines.any { it.text.contains('the record approves a move from v7.3.0 (' + '0' * 40 + '), but the pin at main is v7.4.0 (' +
        shas.old + ')') }
assert its.buildLog().contains('[INFO] Rehearsal continuation: GO')
assert its.buildLog().contains('[INFO] Runtime cutover: NO-GO (the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach: adversary-approval.json')
true
