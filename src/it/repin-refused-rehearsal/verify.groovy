// A configuration error naming the move and the way forward; every file unchanged.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
its.assertConfigurationError('repin')
assert its.buildLog().contains("repin will not move the pin from v7.4.0 (${shas.old}) to v8.0.0 (${shas.new}) in rehearsal mode")
assert its.buildLog().contains('set <mode>cutover</mode> in the POM')
assert its.buildLog().contains('nothing was written')
repin.assertUnchanged()
true
