// All or nothing: the failure restores the pin and the mirror.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
its.assertConfigurationError('repin')
assert its.buildLog().contains('repin could not write its files; every file is as it was')
repin.assertUnchanged()
assert !new File(basedir, 'blocked/COMPATIBILITY_MATRIX.md').exists()
true
