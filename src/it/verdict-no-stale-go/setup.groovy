// Before the invoker's build: a green verdict (GO), then a build with every goal skipped, which must leave none of
// that GO's reports; then the green verdict again, whose GO the invoker's failing build must not leave behind.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('rehearsal', except: ['contracts/producer-contract-manifest.json'])

File reports = new File(basedir, 'target/cutover-guardrails')
assert its.runMaven(['verify'], 'green-1.log').contains('[INFO] Rehearsal continuation: GO (')
assert new File(reports, 'verdict.json').text.contains('"GO"')
its.runMaven(['verify', '-Dcutover.skip=true'], 'skipped.log')
assert !reports.exists() || reports.list().toList().isEmpty() : "a skipped build left the last GO: ${reports.list()}"
assert its.runMaven(['verify'], 'green-2.log').contains('[INFO] Rehearsal continuation: GO (')
assert new File(reports, 'verdict.json').text.contains('"GO"')
true
