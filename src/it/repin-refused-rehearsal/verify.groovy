// A configuration error naming the move and the way forward; every file unchanged.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
its.assertConfigurationError('repin')
// the approval record approves this very move: the files say the cutover is under way, and rehearsal mode disagrees
// (issue 28: the phase follows from the files); the fix is the POM's <mode>, never -Dcutover.mode
assert its.buildLog().contains("<mode> is rehearsal, but cutover-approval.json approves the move from the pin's release " +
        "v7.4.0 (${shas.old}) (config/integration-pin.json) to <baseline> v8.0.0 / billing.v8: the cutover is under way")
assert its.buildLog().contains('Set <mode>cutover</mode> in the POM (-Dcutover.mode cannot override it)')
repin.assertUnchanged()
true
