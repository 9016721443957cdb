/*
 * Fixtures and assertions of the verify-parity invoker ITs: setup.groovy lays out a producer project
 * (the canonical contract pack plus mirrors, copied from the test fixture
 * src/test/resources/reference/producer/contracts-integration-v1), and verify.groovy checks
 * target/cutover-guardrails/verify-parity.json. Load with its.load('ParitySupport') (see
 * ItSupport.groovy, whose shared assertions these use as `its`).
 */
import groovy.transform.Field

import java.nio.file.Files
import java.nio.file.Path

/** The loaded ItSupport (set by its.load). */
@Field def its

/** The reference canonical pack shipped as a test fixture. */
File referencePack() {
    File pack = new File(its.referenceDir(), 'contracts-integration-v1')
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

/**
 * Asserts the evidence file: it matches the console (ItSupport.assertEvidenceMatchesConsole), its
 * breaches have the status's severity, the canonical pack is checked first, and a check failed
 * exactly when the status is fail.
 */
Map assertEvidence(String status) {
    Map ev = its.assertEvidenceMatchesConsole('verify-parity', status)
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
    packFiles().each { String rel -> listing.append(rel).append('\u0000').append(its.sha256(new File(dir, rel).bytes)).append('\n') }
    its.sha256(listing.toString().getBytes('UTF-8'))
}

/** Every file of the reference pack under basedir/<root> is still byte-identical to the fixture. */
void assertPackUnchanged(String root, List<String> except = []) {
    packFiles().findAll { !(it in except) }.each { String rel ->
        File copy = new File(basedir, "$root/$rel")
        assert copy.file && copy.bytes == new File(referencePack(), rel).bytes : "$root/$rel was modified by the build"
    }
}

return this
