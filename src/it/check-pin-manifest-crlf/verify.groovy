// MANIFEST-HASH says the difference is line endings and how to keep the file byte-stable.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
its.assertBuildFailure('check-pin')
def lines = its.assertBreaches(required: ['MANIFEST-HASH'])
String line = lines.find { it.rule == 'MANIFEST-HASH' }.text
assert line.contains('the manifest has CRLF line endings, with LF it has the pinned hash')
assert line.contains("add 'config/producer-manifest.json -text' to .gitattributes")
repin.assertUnchanged()
true
