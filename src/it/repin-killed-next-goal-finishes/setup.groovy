// What a repin killed between its renames leaves: the new pin in place, the mirror and the matrix still at v7.4.0,
// their new content staged beside them, and the write's record. The engine's repin computes the changes (a dry run);
// its group write stops after the first rename, as a SIGKILL there would stop it (an Error: no undo runs).
import io.github.cutoverguard.engine.io.AtomicFiles
import io.github.cutoverguard.engine.io.WriteJournal
import java.util.function.IntConsumer

def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.pinnedToOld(shas)
repin.commitConsumer()

def baseline = new io.github.cutoverguard.engine.Baseline('v8.0.0', shas.new as String, 'billing.v8', 'billing-api.v3',
        'integration/v1')
def context = new io.github.cutoverguard.engine.RunContext(new io.github.cutoverguard.engine.input.ProjectFiles(basedir.toPath()),
        io.github.cutoverguard.engine.Mode.CUTOVER, baseline, null, null, java.time.Clock.systemUTC(), null)
def changes = io.github.cutoverguard.engine.repin.Repin.run(new io.github.cutoverguard.engine.repin.RepinRequest(context,
        java.nio.file.Path.of('config/integration-pin.json'), java.nio.file.Path.of('config/producer-manifest.json'),
        java.nio.file.Path.of('docs/COMPATIBILITY_MATRIX.md'), java.nio.file.Path.of('producer-repo'), null,
        java.nio.file.Path.of('cutover-approval.json'), null, null, true)).changes()
assert changes*.display == ['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md']
def expected = new Properties()
changes.each { expected[it.display()] = its.sha256(it.after()) }
new File(basedir, 'expected.properties').withOutputStream { expected.store(it, 'what repin writes') }

// steps: the record (1), each file staged in two (2-7), each rename (8-10), the record removed (11)
try {
    AtomicFiles.writeAll(WriteJournal.of(basedir.toPath()), 'repin',
            changes.collect { new AtomicFiles.Change(it.path(), it.before(), it.after()) },
            { int step -> if (step == 8) throw new Error('killed after the first rename') } as IntConsumer)
    assert false : 'the write was not stopped'
} catch (Error killed) {
    assert killed.message == 'killed after the first rename'
}
assert its.sha256(its.file('config/integration-pin.json').bytes) == expected['config/integration-pin.json']
assert its.sha256(its.file('config/producer-manifest.json').bytes) != expected['config/producer-manifest.json']
assert WriteJournal.of(basedir.toPath()).record().toFile().file
true
