// The diffs are logged; nothing is written.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
its.assertBuildSuccess()
String log = its.buildLog()
assert log.contains('Would change (dry run) config/integration-pin.json:')
assert log.contains('-  "release_tag": "v7.4.0",') && log.contains('+  "release_tag": "v8.0.0",')
assert log.contains('Would change (dry run) config/producer-manifest.json:')
assert log.contains("+| 2") && log.contains("| v8.0.0 | ${shas.new} |".toString())
assert log.contains('Would change (dry run) docs/COMPATIBILITY_MATRIX.md:')
repin.assertUnchanged()
true
