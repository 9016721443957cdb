/*
 * Helpers for the verify-parity invoker ITs, used next to ItSupport.groovy: setup.groovy lays out a
 * producer project (the canonical contract pack plus mirrors, copied from the test fixture
 * src/test/resources/reference/producer/contracts-integration-v1), and verify.groovy checks the
 * build result and target/cutover-guardrails/verify-parity.json. Load with evaluate(...); `basedir`
 * comes from the caller's binding. The script returns itself so its methods can be called.
 */
import groovy.json.JsonSlurper

import java.nio.file.Files
import java.nio.file.Path

/** The project checkout (the directory holding src/it/_support). */
File projectRoot() {
    File dir = basedir.canonicalFile
    while (dir != null && !new File(dir, 'src/it/_support/ParitySupport.groovy').file) {
        dir = dir.parentFile
    }
    assert dir != null : "src/it/_support not found above $basedir"
    dir
}

/** The reference canonical pack shipped as a test fixture. */
File referencePack() {
    File pack = new File(projectRoot(), 'src/test/resources/reference/producer/contracts-integration-v1')
    assert pack.directory : "no reference pack at $pack"
    pack
}

/** The relative paths of the reference pack's files, sorted, with '/' separators. */
List<String> packFiles() {
    Path root = referencePack().toPath()
    Files.walk(root).withCloseable { walk ->
        walk.filter { Files.isRegularFile(it) }.map { root.relativize(it).toString().replace('\\', '/') }.sorted().toList()
    }
}

/** Copies the reference pack, byte for byte, into basedir/<to>. */
void copyPack(String to) {
    Path source = referencePack().toPath()
    Path target = new File(basedir, to).toPath()
    packFiles().each { String rel ->
        Path file = target.resolve(rel)
        Files.createDirectories(file.parent)
        Files.copy(source.resolve(rel), file)
    }
}

/** BUILD FAILURE raised by the verify-parity goal (a MojoFailureException, no crash). */
void assertBuildFailure(its) {
    String log = its.buildLog()
    assert log.contains('BUILD FAILURE') : 'expected BUILD FAILURE'
    assert !log.contains('BUILD SUCCESS')
    assert log.contains('[ERROR] Failed to execute goal io.github.cutoverguard:cutover-guardrails-maven-plugin:') &&
            log.contains(':verify-parity ') : 'the build must fail in the verify-parity goal'
    its.assertNoStackTrace()
}

/** target/cutover-guardrails/verify-parity.json, parsed. */
Map evidence() {
    File f = new File(basedir, 'target/cutover-guardrails/verify-parity.json')
    assert f.file : "evidence file $f was not written"
    new JsonSlurper().parse(f, 'UTF-8') as Map
}

/**
 * Asserts the evidence file: goal, status, and that its breaches name exactly the console's rule
 * IDs at the console's severity.
 */
Map assertEvidence(its, String status) {
    Map ev = evidence()
    assert ev.schema_version == 'evidence.v1'
    assert ev.goal == 'verify-parity'
    assert ev.status == status : "evidence status is ${ev.status}, expected $status"
    List<Map> console = its.breachLines()
    assert (ev.breaches.collect { it.rule_id } as Set) == (console.collect { it.rule } as Set) :
            "evidence breaches ${ev.breaches*.rule_id} differ from console ${console*.rule}"
    assert ev.breaches.size() == console.size() : "evidence has ${ev.breaches.size()} breaches, console ${console.size()}"
    String severity = [pass: null, warn: 'warning', fail: 'error'][status]
    assert ev.breaches.every { it.severity == severity } : "breach severities ${ev.breaches*.severity}"
    assert ev.checks*.id.first() == 'parity.canonical'
    assert (status == 'fail') == ev.checks.any { it.status == 'fail' } : "check statuses ${ev.checks}"
    ev
}

/** The evidence digest of one root: SHA-256 over "relpath\0sha256\n" of its sorted files. */
String listingSha256(String root) {
    File dir = new File(basedir, root)
    StringBuilder listing = new StringBuilder()
    packFiles().each { String rel -> listing.append(rel).append('\u0000').append(sha256(new File(dir, rel).bytes)).append('\n') }
    sha256(listing.toString().getBytes('UTF-8'))
}

/** Every file of the reference pack under basedir/<root> is still byte-identical to the fixture. */
void assertPackUnchanged(String root, List<String> except = []) {
    packFiles().findAll { !(it in except) }.each { String rel ->
        File copy = new File(basedir, "$root/$rel")
        assert copy.file && copy.bytes == new File(referencePack(), rel).bytes : "$root/$rel was modified by the build"
    }
}

static String sha256(byte[] bytes) {
    java.security.MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
}

return this
