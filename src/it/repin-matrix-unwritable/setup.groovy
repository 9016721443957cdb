// The matrix is configured under blocked/, which is a file: its write fails after pin and mirror were written.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOld(repin.producer())
new File(basedir, 'blocked').text = 'a file where the matrix directory would be\n'
repin.snapshot()
true
