// repin pins billing v7.4.0 (recording the tag's commit) and main holds the pin; then the producer force-moves the tag
// v7.4.0 to a later code commit, leaving the manifest alone.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.repinOld(shas)
repin.commitConsumer()
String moved = repin.moveTag('v7.4.0')
new File(basedir, 'shas.properties').append("moved=$moved\n")
repin.snapshot()
true
