/*
 * Fixtures and assertions of the guard invoker ITs: load with its.load('GuardSupport') (see
 * ItSupport.groovy, whose shared assertions these use as `its`).
 *
 * setup.groovy turns the IT directory into a real git clone with JGit (on the script class path via
 * addTestClassPath): the IT's files are committed to `main` of an upstream repository next to it
 * (target/it/<name>.upstream), optionally changed on a `feature` branch, and cloned; the clone's
 * .git is moved into the IT directory, so the build runs inside a clone whose origin/main is the
 * approved state, as in a pull-request build.
 */
import groovy.transform.Field
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent
import org.eclipse.jgit.revwalk.RevCommit

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.ZoneOffset

/** The loaded ItSupport (set by its.load). */
@Field def its

/**
 * The command the guard's hint gives for a missing origin/main: it names the destination ref, so it also works in a
 * `--single-branch` clone, where `git fetch origin main` only updates FETCH_HEAD (guard-single-branch-fetch-hint runs it).
 */
@Field static final String FETCH_MAIN = 'git fetch --depth=1 origin +refs/heads/main:refs/remotes/origin/main'

/** Files of the IT directory that are not project files: never committed. */
@Field static final List<String> NOT_COMMITTED = ['.git', 'build.log', 'target']

static PersonIdent consumerBot(int minutes) {
    new PersonIdent('Consumer CI', 'ci@consumer.invalid', Instant.parse('2026-03-01T10:00:00Z').plusSeconds(60L * minutes),
            ZoneOffset.UTC)
}

File sibling(String suffix) {
    new File(basedir.parentFile, basedir.name + suffix)
}

static void deleteTree(File dir) {
    if (dir.exists()) {
        assert dir.deleteDir() : "cannot delete $dir"
    }
}

/** Copies the IT's project files (not build output or git data) into `target`. */
void copyProject(File target) {
    Path from = basedir.toPath()
    Files.walk(from).withCloseable { walk ->
        walk.filter { Files.isRegularFile(it) }
            .filter { !NOT_COMMITTED.contains(from.relativize(it).getName(0).toString()) }
            .each { Path file ->
                Path to = target.toPath().resolve(from.relativize(file).toString())
                Files.createDirectories(to.parent)
                Files.copy(file, to)
            }
    }
}

static RevCommit commitAll(Git git, String message, int minutes) {
    git.add().addFilepattern('.').call()
    git.commit().setMessage(message).setAuthor(consumerBot(minutes)).setCommitter(consumerBot(minutes))
            .setSign(false).setNoVerify(true).call()
}

/**
 * Makes the IT directory a clone of an upstream whose `main` holds the IT's files as committed.
 * feature: path -> content (a String, written as UTF-8, or a byte[]) committed on a `feature` branch that the
 *          clone checks out (also written into the IT directory); deleted: paths removed on that branch (and from the IT directory); shallow: clone only `feature`, at depth 1, so origin/main and the
 *          base commit are absent; cli: make that shallow clone with the git command line (`git clone --depth=1
 *          --single-branch`, as CI checkouts do), not JGit. Returns [base: SHA of main, head: SHA checked out].
 */
Map<String, String> cloneFromUpstream(Map opts = [:]) {
    Map<String, String> feature = opts.feature ?: [:]
    List<String> deleted = opts.deleted ?: []
    boolean cli = opts.cli ?: false
    boolean shallow = opts.shallow || cli
    File upstream = sibling('.upstream')
    File clone = sibling('.clone')
    [upstream, clone, new File(basedir, '.git')].each { deleteTree(it) }

    copyProject(upstream)
    String base
    String head
    Git git = Git.init().setDirectory(upstream).setInitialBranch('main').call()
    try {
        base = commitAll(git, 'approved rehearsal baseline', 0).name()
        head = base
        if (!feature.isEmpty() || !deleted.isEmpty() || shallow) {
            git.checkout().setCreateBranch(true).setName('feature').call()
            feature.each { String path, Object content -> writeContent(new File(upstream, path), content) }
            deleted.each { String path -> git.rm().addFilepattern(path).call() }
            new File(upstream, 'FEATURE.md').setText('work on the feature branch\n', 'UTF-8')
            head = commitAll(git, 'feature work', 1).name()
        }
    } finally {
        git.close()
    }

    if (cli) {
        // a file:// URL, so that git honours --depth for a local upstream
        gitCli(basedir.parentFile, 'clone', '--quiet', '--depth=1', '--single-branch', '--branch', 'feature',
                'file://' + upstream.absolutePath, clone.path)
    } else {
        def command = Git.cloneRepository().setURI(upstream.toURI().toString()).setDirectory(clone)
        if (shallow) {
            command.setDepth(1).setBranchesToClone(['refs/heads/feature']).setBranch('refs/heads/feature')
        } else if (head != base) {
            command.setBranch('refs/heads/feature')
        }
        command.call().close()
    }
    Files.move(new File(clone, '.git').toPath(), new File(basedir, '.git').toPath())
    if (head != base) {
        feature.each { String path, Object content -> writeContent(new File(basedir, path), content) }
        deleted.each { String path -> assert new File(basedir, path).delete() : "cannot delete $path" }
        new File(basedir, 'FEATURE.md').setText('work on the feature branch\n', 'UTF-8')
    }
    deleteTree(clone)
    gitSnapshotFile().text = gitSnapshot()
    [base: base, head: head]
}

/** Writes `content` to `f`: a String as UTF-8, a byte[] as it is (e.g. a UTF-16 file with its byte-order mark). */
static void writeContent(File f, Object content) {
    f.parentFile.mkdirs()
    if (content instanceof byte[]) {
        f.bytes = (byte[]) content
    } else {
        f.setText((String) content, 'UTF-8')
    }
}

/** Runs the git command line in `dir` with `args`; fails the IT with git's output unless it exits 0. Returns stdout. */
String gitCli(File dir, String... args) {
    Process process = new ProcessBuilder(['git'] + (args as List)).directory(dir).redirectErrorStream(true).start()
    String output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed in $dir:\n$output"
    output
}

/** Initialises a repository in the IT directory with one commit on `main` and no remote. */
String initWithoutRemote() {
    deleteTree(new File(basedir, '.git'))
    Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
    try {
        git.add().addFilepattern('pom.xml').addFilepattern('config').call()
        String sha = git.commit().setMessage('local only').setAuthor(consumerBot(0)).setCommitter(consumerBot(0))
                .setSign(false).setNoVerify(true).call().name()
        gitSnapshotFile().text = gitSnapshot()
        return sha
    } finally {
        git.close()
    }
}

File gitSnapshotFile() {
    sibling('.git-snapshot.txt')
}

/** Every file of .git with its SHA-256, one per line: the guard must leave the repository as it was. */
String gitSnapshot() {
    Path git = new File(basedir, '.git').toPath()
    Files.walk(git).withCloseable { walk ->
        walk.filter { Files.isRegularFile(it) }.map { Path p ->
            git.relativize(p).toString().replace('\\', '/') + ' ' +
                    its.sha256(Files.readAllBytes(p))
        }.sorted().toList().join('\n')
    }
}

/** The build did not write to the repository (no fetch, no checkout, no index or ref update). */
void assertRepositoryUntouched() {
    assert gitSnapshotFile().file : 'setup.groovy recorded no snapshot of .git'
    assert gitSnapshot() == gitSnapshotFile().text : 'the build modified the git repository'
}

/** The build did not modify `path` (byte-identical to `expected`, or to the IT's source when absent). */
void assertFileUnchanged(String path, String expected = null) {
    File f = new File(basedir, path)
    assert f.file : "$path disappeared"
    if (expected != null) {
        assert f.getText('UTF-8') == expected : "$path was modified by the build"
    }
}

/**
 * Asserts the evidence file: it matches the console (ItSupport.assertEvidenceMatchesConsole), its
 * breaches are exactly the console's breach lines (rule IDs, count and severity), and each check has
 * its status (id -> pass|fail|skipped).
 */
Map assertEvidence(String status, Map<String, String> checks) {
    Map ev = its.assertEvidenceMatchesConsole('guard', status)
    List<Map> console = its.breachLines()
    assert ev.breaches.collect { it.rule_id }.sort() == console.collect { it.rule }.sort() :
            "evidence breaches ${ev.breaches*.rule_id} differ from console ${console*.rule}"
    ev.breaches.each { Map b ->
        String level = b.severity == 'error' ? 'ERROR' : 'WARNING'
        assert console.any { it.rule == b.rule_id && it.level == level } : "no [$level] console line for $b"
    }
    Map<String, String> actual = ev.checks.collectEntries { [(it.id): it.status] }
    assert actual == checks : "check statuses $actual, expected $checks"
    ev
}

return this
