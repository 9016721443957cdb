/*
 * Fixtures of the rollback ITs: a storefront consumer of the inventory-service producer, which cut over from
 * stock.v5 (release v5.2.0) to stock.v6 (v6.0.0). Load with its.load('RollbackSupport'); it loads RepinSupport with
 * that team (templates in _support/rollback/), so `rollback.repin()` offers recorded(), manifestAt(), snapshot() ...
 *
 * setup.groovy builds producer-repo, pins the consumer to v5.2.0 on main, and with cutOverOnMain() runs repin (the
 * plugin's engine, as mvn cutover:repin runs it) for the approved cutover and commits it on main: the state after the
 * merged cutover that a rollback undoes. rollBack() runs the plugin's rollback the same way, for the steps after it.
 */
import groovy.transform.Field
import org.eclipse.jgit.api.Git

/** The loaded ItSupport (set by its.load). */
@Field def its

/** RepinSupport with the storefront consumer's inventory team. */
@Field def repinSupport

def repin() {
    if (repinSupport == null) {
        repinSupport = its.load('RepinSupport')
        repinSupport.@team = [templates: 'rollback', old: 'v5.2.0', new: 'v6.0.0', code: 'src/StockService.java',
                              origin: 'https://git.example.org/inventory/inventory-service.git']
    }
    repinSupport
}

/** producer-repo released, the consumer pinned to v5.2.0 on main (with the approval of v5.2.0 -> v6.0.0 beside it). */
Map pinnedToV5OnMain() {
    repin().pinnedToOldOnMain()
}

/** As pinnedToV5OnMain, then the approved cutover to v6.0.0 written by repin and merged on main. Returns the SHAs. */
Map cutOverOnMain() {
    Map shas = pinnedToV5OnMain()
    def request = new io.github.cutoverguard.engine.repin.RepinRequest(context(io.github.cutoverguard.engine.Mode.CUTOVER,
            v6(shas)), java.nio.file.Path.of('config/integration-pin.json'), java.nio.file.Path.of('config/producer-manifest.json'),
            java.nio.file.Path.of('docs/COMPATIBILITY_MATRIX.md'), java.nio.file.Path.of('producer-repo'), null,
            java.nio.file.Path.of('cutover-approval.json'), null, java.time.LocalDate.of(2026, 11, 30), false)
    def repinned = io.github.cutoverguard.engine.repin.Repin.run(request)
    assert repinned.written() : "repin wrote nothing: ${repinned.result().checks()}"
    commitAll('cutover to v6.0.0 (stock.v6) merged')
    shas
}

/** Runs rollback (the plugin's engine, as mvn cutover:rollback runs it) back to v5.2.0, writing the rollback record. */
def rollBack(Map shas, String reason = '5xx on stock lookups') {
    def rolledBack = io.github.cutoverguard.engine.repin.Rollback.run(new io.github.cutoverguard.engine.repin.RollbackRequest(
            context(io.github.cutoverguard.engine.Mode.CUTOVER, v6(shas)),
            new io.github.cutoverguard.engine.repin.RollbackRequest.ReleaseFilesRequest(
                    java.nio.file.Path.of('config/integration-pin.json'), java.nio.file.Path.of('config/producer-manifest.json'),
                    java.nio.file.Path.of('docs/COMPATIBILITY_MATRIX.md'), java.nio.file.Path.of('producer-repo'), null),
            java.nio.file.Path.of('cutover-approval.json'), null, reason, 'storefront-oncall', 'ci', null, false))
    assert rolledBack.written() : "rollback wrote nothing: ${rolledBack.result().checks()}"
    rolledBack
}

def context(def mode, def baseline) {
    new io.github.cutoverguard.engine.RunContext(new io.github.cutoverguard.engine.input.ProjectFiles(basedir.toPath()),
            mode, baseline, null, null, java.time.Clock.systemUTC(), null)
}

def v6(Map shas) {
    new io.github.cutoverguard.engine.Baseline('v6.0.0', shas.new as String, 'stock.v6', 'inventory-api.v2', 'integration/v3')
}

/** Commits every change of the consumer's work tree on main. */
void commitAll(String message) {
    Git git = Git.open(basedir)
    try {
        git.add().addFilepattern('.').call()
        git.commit().setMessage(message).setAuthor(repin().bot(200)).setCommitter(repin().bot(200))
                .setSign(false).setNoVerify(true).call()
    } finally {
        git.close()
    }
}

/** Deletes `tag` from producer-repo, as a producer that rewrote its history would. */
void deleteTag(String tag) {
    Git git = Git.open(new File(basedir, 'producer-repo'))
    try {
        assert git.tagDelete().setTags(tag).call() : "producer-repo has no tag $tag"
    } finally {
        git.close()
    }
}

/** Replaces each `from` of cutover-rollback.json with its `to` (each must occur): the adversary's edit of the record. */
void editRecord(Map<String, String> edits) {
    File record = new File(basedir, 'cutover-rollback.json')
    String text = record.getText('UTF-8')
    edits.each { String from, String to ->
        assert text.contains(from) : "the rollback record has no $from"
        text = text.replace(from, to)
    }
    record.setText(text, 'UTF-8')
}

return this
