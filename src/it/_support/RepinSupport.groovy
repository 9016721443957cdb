/*
 * Fixtures of the repin ITs (a billing producer moving v7.4.0 -> v8.0.0): load with its.load('RepinSupport')
 * from setup.groovy and verify.groovy. JGit is on the script class path (addTestClassPath).
 *
 * setup.groovy makes producer-repo release each tag the way real producers do: a code commit, then a commit adding
 * contracts/producer-contract-manifest.json (from _support/repin/manifest-<tag>.json, @@CODE_SHA@@ = the code commit)
 * with the annotated tag on that second commit (the pin records it as release_tag_commit_sha); .mvn/maven.config gets -Dold.sha and -Dnew.sha (the code commits), which
 * the IT's pom uses in <baseline>. The consumer's files are rendered from _support/repin/ (pinned to v7.4.0), and the IT
 * directory can be made a git repository whose main holds them (the guard's pinBaseRef).
 */
import groovy.transform.Field
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent
import org.eclipse.jgit.revwalk.RevCommit

import java.time.Instant
import java.time.ZoneOffset

/** The loaded ItSupport (set by its.load). */
@Field def its

/**
 * The team of the fixtures: the templates' directory under _support, the two releases (old, new), the producer's code
 * file and origin. Default the billing producer; RollbackSupport sets the storefront consumer's inventory producer.
 */
@Field Map team = [templates: 'repin', old: 'v7.4.0', new: 'v8.0.0', code: 'src/InvoiceService.java',
                   origin: 'https://git.example.org/billing/billing-service.git']

static PersonIdent bot(int minutes) {
    new PersonIdent('Release Bot', 'release-bot@example.invalid',
            Instant.parse('2026-11-01T10:00:00Z').plusSeconds(60L * minutes), ZoneOffset.UTC)
}

static RevCommit commit(Git git, String path, byte[] content, int minutes) {
    File f = new File(git.repository.workTree, path)
    f.parentFile.mkdirs()
    f.bytes = content
    git.add().addFilepattern(path).call()
    git.commit().setMessage("change $path").setAuthor(bot(minutes)).setCommitter(bot(minutes))
            .setSign(false).setNoVerify(true).call()
}

String template(String name) {
    new File(its.supportDir(), "${team.templates}/$name").getText('UTF-8')
}

/**
 * Creates producer-repo (or the clone at `path`, relative to the IT, e.g. '../billing-service' beside it) with releases
 * v7.4.0 and v8.0.0; returns [old: v7.4.0's code commit, new: v8.0.0's, and oldManifest/newManifest: the manifests'
 * bytes]. Records the SHAs in shas.properties and .mvn/maven.config.
 */
Map producer(String path = 'producer-repo') {
    File dir = new File(basedir, path).canonicalFile
    assert !dir.exists() : "$dir already exists"
    Map result = [:]
    Git git = Git.init().setDirectory(dir).setInitialBranch('main').call()
    try {
        git.getRepository().getConfig().setString('remote', 'origin', 'url', team.origin as String)
        git.getRepository().getConfig().save()
        int minutes = 0
        [old: team.old as String, new: team.new as String].each { String key, String tag ->
            RevCommit code = commit(git, team.code as String, "class ${new File(team.code as String).name - '.java'} { /* $tag */ }\n".getBytes('UTF-8'), minutes++)
            byte[] manifest = template("manifest-${tag}.json").replace('@@CODE_SHA@@', code.name()).getBytes('UTF-8')
            RevCommit release = commit(git, 'contracts/producer-contract-manifest.json', manifest, minutes++)
            git.tag().setName(tag).setObjectId(release).setAnnotated(true).setSigned(false)
                    .setMessage("release $tag").setTagger(bot(minutes++)).call()
            result[key] = code.name()
            result[key + 'Tagged'] = release.name()
            result[key + 'Manifest'] = manifest
        }
    } finally {
        git.close()
    }
    new File(basedir, 'shas.properties').text = "old=${result.old}\nnew=${result.new}\noldTagged=${result.oldTagged}\n" +
            "newTagged=${result.newTagged}\n"
    new File(basedir, '.mvn').mkdirs()
    new File(basedir, '.mvn/maven.config').text = "-Dold.sha=${result.old}\n-Dnew.sha=${result.new}\n"
    result
}

/** The SHAs setup.groovy recorded: [old, new] (the code commits) and [oldTagged, newTagged] (the tags' commits). */
Map recorded() {
    def shas = new Properties()
    new File(basedir, 'shas.properties').withInputStream { shas.load(it) }
    [old: shas.old, new: shas.new, oldTagged: shas.oldTagged, newTagged: shas.newTagged]
}

/** Writes the consumer's files pinned to v7.4.0 (pin, mirror, matrix) and the approval record of v7.4.0 -> v8.0.0. */
void pinnedToOld(Map shas) {
    String hash = its.sha256(shas.oldManifest as byte[])
    write('config/integration-pin.json', template('integration-pin.json').replace('@@SHA@@', shas.old)
            .replace('@@TAG_SHA@@', shas.oldTagged).replace('@@HASH@@', hash))
    new File(basedir, 'config/producer-manifest.json').bytes = shas.oldManifest as byte[]
    write('docs/COMPATIBILITY_MATRIX.md', template('COMPATIBILITY_MATRIX.md').replace('@@SHA@@', shas.old))
    write('cutover-approval.json', template('cutover-approval.json').replace('@@OLD_SHA@@', shas.old).replace('@@NEW_SHA@@', shas.new))
}

/** The usual start: producer-repo released, the consumer pinned to v7.4.0 on main; returns the SHAs as producer(). */
Map pinnedToOldOnMain() {
    Map shas = producer()
    pinnedToOld(shas)
    commitConsumer()
    shas
}

/**
 * Writes adversary-approval.json: the approval record of v7.4.0 -> v8.0.0 (as cutover-approval.json) with each
 * `from` text replaced by its `to` (each must occur in the record).
 */
void adversaryApproval(Map<String, String> edits) {
    String record = new File(basedir, 'cutover-approval.json').getText('UTF-8')
    edits.each { String from, String to ->
        assert record.contains(from) : "the approval record has no $from"
        record = record.replace(from, to)
    }
    write('adversary-approval.json', record)
}

/**
 * Runs repin (the plugin's engine, as mvn cutover:repin runs it) for v7.4.0 in rehearsal mode: the first pin, mirror and
 * matrix of a consumer that has none. Returns the engine's result; fails when repin wrote nothing.
 */
def repinOld(Map shas) {
    def baseline = new io.github.cutoverguard.engine.Baseline('v7.4.0', shas.old as String, 'billing.v7', 'billing-api.v3',
            'integration/v1')
    def context = new io.github.cutoverguard.engine.RunContext(
            new io.github.cutoverguard.engine.input.ProjectFiles(basedir.toPath()), io.github.cutoverguard.engine.Mode.REHEARSAL,
            baseline, 'billing.v8', null, java.time.Clock.systemUTC(), null)
    def repinned = io.github.cutoverguard.engine.repin.Repin.run(new io.github.cutoverguard.engine.repin.RepinRequest(
            context, java.nio.file.Path.of('config/integration-pin.json'), java.nio.file.Path.of('config/producer-manifest.json'),
            java.nio.file.Path.of('docs/COMPATIBILITY_MATRIX.md'), java.nio.file.Path.of('producer-repo'), null, null,
            new io.github.cutoverguard.engine.repin.RepinRequest.NewPin('billing', null, 'http://127.0.0.1:8080', 3000),
            null, false))
    assert repinned.written() : "repin wrote nothing: ${repinned.result().checks()}"
    repinned
}

/**
 * The producer force-moves `tag` to a new commit on top of the tag's commit that changes the code and leaves the
 * manifest alone (so the pinned code commit stays an ancestor of the tag). Returns the new commit's SHA.
 */
String moveTag(String tag) {
    Git git = Git.open(new File(basedir, 'producer-repo'))
    try {
        def repo = git.repository
        git.checkout().setCreateBranch(true).setName("rerelease-$tag")
                .setStartPoint(repo.resolve("refs/tags/${tag}^{commit}").name()).call()
        RevCommit moved = commit(git, 'src/InvoiceService.java', "class InvoiceService { /* $tag, patched */ }\n".getBytes('UTF-8'), 50)
        git.tag().setName(tag).setObjectId(moved).setAnnotated(true).setSigned(false).setForceUpdate(true)
                .setMessage("release $tag again").setTagger(bot(51)).call()
        return moved.name()
    } finally {
        git.close()
    }
}

void write(String path, String text) {
    File f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}

/** Makes the IT directory a git repository whose main holds the consumer's files as they are now. */
void commitConsumer() {
    Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
    try {
        new File(basedir, '.gitignore').text = 'target/\nproducer-repo/\nbuild.log\nshas.properties\n*.groovy\n'
        git.add().addFilepattern('.').call()
        git.commit().setMessage('consumer pinned to v7.4.0').setAuthor(bot(100)).setCommitter(bot(100))
                .setSign(false).setNoVerify(true).call()
    } finally {
        git.close()
    }
}

/** path -> SHA-256 of each consumer file now, written to snapshot.properties (for assertUnchanged). */
void snapshot() {
    def props = new Properties()
    ['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md'].each {
        File f = new File(basedir, it)
        props[it] = f.file ? its.sha256(f.bytes) : 'absent'
    }
    new File(basedir, 'snapshot.properties').withOutputStream { props.store(it, null) }
}

/** Every consumer file is byte-identical to the snapshot setup.groovy took. */
void assertUnchanged() {
    def props = new Properties()
    new File(basedir, 'snapshot.properties').withInputStream { props.load(it) }
    props.each { String path, String sha ->
        File f = new File(basedir, path)
        assert (f.file ? its.sha256(f.bytes) : 'absent') == sha : "$path was changed"
    }
}

/** The bytes of contracts/producer-contract-manifest.json at `tag` in producer-repo. */
byte[] manifestAt(String tag) {
    its.load('ProducerRepo').fileAtTag(new File(basedir, 'producer-repo'), tag, 'contracts/producer-contract-manifest.json')
}

return this
