// The consumer pins billing v7.4.0 as repin did before it recorded the tag's commit: no release_tag_commit_sha.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOld(repin.producer())
File pin = new File(basedir, 'config/integration-pin.json')
String before = pin.getText('UTF-8')
String without = before.readLines().findAll { !it.contains('"release_tag_commit_sha"') }.join('\n') + '\n'
assert without != before
pin.setText(without, 'UTF-8')
repin.snapshot()
true
