/*
 * Builds the producer git repository for the git ITs and renders their inputs. Loaded with
 * its.load('ProducerRepo') (see ItSupport.groovy) from setup.groovy (which writes) and verify.groovy
 * (which re-renders to compare). JGit is on the script class path (addTestClassPath).
 *
 * The pin's commit SHA must be the SHA of a real commit, which only exists once setup.groovy has
 * made it. So the IT keeps templates with @@SHA@@ (the pinned commit) and @@MANIFEST_SHA256@@ (the
 * SHA-256 of the rendered manifest), and its pom reads <commitSha>${producer.sha}</commitSha> from
 * .mvn/maven.config, which setup.groovy writes (that .mvn directory also makes the IT directory
 * Maven's project root).
 */
import groovy.transform.Field
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent
import org.eclipse.jgit.lib.Repository
import org.eclipse.jgit.revwalk.RevCommit

import java.time.Instant
import java.time.ZoneOffset

/** The loaded ItSupport (set by its.load). */
@Field def its

/** Template (under templates/) -> rendered input (relative to basedir). */
static Map<String, String> inputs() {
    ['producer-manifest.json'  : 'config/producer-manifest.json',
     'integration-pin.json'    : 'config/integration-pin.json',
     'COMPATIBILITY_MATRIX.md' : 'docs/COMPATIBILITY_MATRIX.md']
}

static PersonIdent releaseBot(int minutes) {
    new PersonIdent('Producer Release Bot', 'release-bot@producer.invalid',
            Instant.parse('2026-02-01T10:00:00Z').plusSeconds(60L * minutes), ZoneOffset.UTC)
}

static RevCommit commit(Git git, String path, String content, int minutes) {
    File f = new File(git.repository.workTree, path)
    f.parentFile.mkdirs()
    f.setText(content, 'UTF-8')
    git.add().addFilepattern(path).call()
    git.commit().setMessage("change $path").setAuthor(releaseBot(minutes)).setCommitter(releaseBot(minutes))
            .setSign(false).setNoVerify(true).call()
}

static void annotatedTag(Git git, String name, RevCommit target, int minutes) {
    git.tag().setName(name).setObjectId(target).setAnnotated(true).setSigned(false)
            .setMessage("release $name").setTagger(releaseBot(minutes)).call()
}

/**
 * Creates producer-repo: a commit tagged v0.3.2 (annotated). With moveTag, a second commit
 * follows the tag. Returns [tagged: SHA the tag points at, head: SHA of the last commit].
 */
Map<String, String> createProducerRepo(boolean moveTag) {
    File dir = new File(basedir, 'producer-repo')
    assert !dir.exists() : "$dir already exists"
    Git git = Git.init().setDirectory(dir).setInitialBranch('main').call()
    try {
        RevCommit tagged = commit(git, 'README.md', '# producer\n', 0)
        annotatedTag(git, 'v0.3.2', tagged, 1)
        RevCommit head = moveTag ? commit(git, 'CHANGELOG.md', '- after v0.3.2\n', 2) : tagged
        return [tagged: tagged.name(), head: head.name()]
    } finally {
        git.close()
    }
}

/**
 * Creates producer-repo the way real producers release (as the reference producer tags v0.3.2): a code
 * commit, then a commit adding contracts/producer-contract-manifest.json that names the code commit (a file
 * cannot name its own commit), and the annotated tag on that second commit. With moveOff, the tag is then
 * moved to a hotfix commit on a branch that does not contain the code commit. Returns [code: the commit the
 * manifest and the pin name, tagged: the commit the tag ends on].
 */
Map<String, String> createReleaseAfterCodeCommit(String tag, boolean moveOff) {
    File dir = new File(basedir, 'producer-repo')
    assert !dir.exists() : "$dir already exists"
    Git git = Git.init().setDirectory(dir).setInitialBranch('main').call()
    try {
        RevCommit root = commit(git, 'README.md', '# billing producer\n', 0)
        RevCommit code = commit(git, 'src/InvoiceService.java', 'class InvoiceService {}\n', 1)
        String manifest = new File(basedir, 'templates/producer-manifest.json').getText('UTF-8').replace('@@SHA@@', code.name())
        RevCommit release = commit(git, 'contracts/producer-contract-manifest.json', manifest, 2)
        annotatedTag(git, tag, release, 3)
        RevCommit tagged = release
        if (moveOff) {
            git.checkout().setCreateBranch(true).setName('hotfix').setStartPoint(root).call()
            tagged = commit(git, 'src/Hotfix.java', 'class Hotfix {}\n', 4)
            git.tagDelete().setTags(tag).call()
            annotatedTag(git, tag, tagged, 5)
        }
        return [code: code.name(), tagged: tagged.name()]
    } finally {
        git.close()
    }
}

/** The bytes of `path` in the tree at `tag` of the git repository at `dir`. */
static byte[] fileAtTag(File dir, String tag, String path) {
    Git git = Git.open(dir)
    try {
        Repository repo = git.repository
        RevCommit commit = repo.parseCommit(repo.resolve("refs/tags/${tag}^{commit}"))
        def walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, path, commit.tree)
        assert walk != null : "$dir has no $path at $tag"
        try {
            return repo.open(walk.getObjectId(0)).bytes
        } finally {
            walk.close()
        }
    } finally {
        git.close()
    }
}

/** Records the SHAs setup.groovy made, for verify.groovy ({@link #recordedShas}). */
void recordShas(Map<String, String> shas) {
    new File(basedir, 'shas.properties').text = shas.collect { k, v -> "$k=$v\n" }.join('')
}

/** The SHAs setup.groovy recorded with recordShas. */
Map<String, String> recordedShas() {
    def shas = new Properties()
    new File(basedir, 'shas.properties').withInputStream { shas.load(it) }
    shas.collectEntries { k, v -> [(k): v] } as Map<String, String>
}

/** [tagged, head] SHAs of the repository created by createProducerRepo. */
Map<String, String> readProducerRepo() {
    Git git = Git.open(new File(basedir, 'producer-repo'))
    try {
        Repository repo = git.repository
        return [tagged: repo.parseCommit(repo.resolve('refs/tags/v0.3.2^{commit}')).name(),
                head  : repo.resolve('HEAD').name()]
    } finally {
        git.close()
    }
}

/**
 * The inputs rendered for pinned commit sha: relative path -> bytes. A pin template may record the commit its tag
 * resolved to as @@TAG_SHA@@ (release_tag_commit_sha), rendered as tagged.
 */
Map<String, byte[]> render(String sha, String tagged = null) {
    Map<String, String> text = [:]
    inputs().each { String template, String target ->
        text[target] = new File(basedir, "templates/$template").getText('UTF-8').replace('@@SHA@@', sha)
    }
    if (tagged != null) {
        text['config/integration-pin.json'] = text['config/integration-pin.json'].replace('@@TAG_SHA@@', tagged)
    }
    String manifestSha256 = its.sha256(text['config/producer-manifest.json'].getBytes('UTF-8'))
    text['config/integration-pin.json'] = text['config/integration-pin.json'].replace('@@MANIFEST_SHA256@@', manifestSha256)
    text['.mvn/maven.config'] = "-Dproducer.sha=$sha\n".toString()
    Map<String, byte[]> bytes = [:]
    text.each { k, v ->
        assert !v.contains('@@') : "unrendered placeholder in $k"
        bytes[k] = v.getBytes('UTF-8')
    }
    bytes
}

/** Writes the rendered inputs and .mvn/maven.config for pinned commit sha (and the tag's commit, tagged). */
void writeInputs(String sha, String tagged = null) {
    render(sha, tagged).each { String path, byte[] content ->
        File f = new File(basedir, path)
        f.parentFile.mkdirs()
        f.bytes = content
    }
}

/** The build modified no input: each rendered file is byte-identical to its rendering. */
void assertInputsUnchanged(String sha, String tagged = null) {
    render(sha, tagged).each { String path, byte[] content ->
        assert new File(basedir, path).bytes == content : "$path was modified by the build"
    }
}

return this
