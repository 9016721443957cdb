// The diffs a rollback would write, and every file as it was: no record either.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
its.assertBuildSuccess()
its.assertNoBreaches()
String log = its.buildLog()
['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md', 'cutover-rollback.json'].each {
    assert log.contains("[INFO] Would change (dry run) $it:") : "no dry-run diff of $it"
}
assert !log.contains('[INFO] Changed ')
assert log.contains('[INFO] A rollback (dry run) returns to v5.2.0. Now set <baseline> back to it')
rollback.repin().assertUnchanged()
assert !its.file('cutover-rollback.json').exists()
true
