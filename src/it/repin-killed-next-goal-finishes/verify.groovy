// The next goal finished the killed repin: every file holds what repin writes, nothing temporary is left, and it said so.
import io.github.cutoverguard.engine.io.WriteJournal

def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildSuccess()
its.assertNoBreaches()
String log = its.buildLog()
assert log.contains('[WARNING] repin was interrupted before it finished (.git/cutover-guardrails/write-intent-')
assert log.contains('): finished it, writing config/producer-manifest.json, docs/COMPATIBILITY_MATRIX.md; every file it '
        + 'changes now holds the new content, and its temporary files are removed')
def expected = new Properties()
new File(basedir, 'expected.properties').withInputStream { expected.load(it) }
expected.each { String path, String sha -> assert its.sha256(its.file(path).bytes) == sha : "$path is not what repin writes" }
['config', 'docs'].each { dir ->
    assert its.file(dir).list().findAll { it.endsWith('.tmp') } == [] : "temporary files left in $dir"
}
assert !WriteJournal.of(basedir.toPath()).record().toFile().exists()
true
