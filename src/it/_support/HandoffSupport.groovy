/*
 * Helpers for the validate-handoff / generate-handoff invoker ITs, used next to ItSupport.groovy
 * (whose breach-line parsing, stack-trace and input checks they reuse: pass the loaded ItSupport
 * as `its`). Load with evaluate(...); `basedir` comes from the caller's binding. The script
 * returns itself so its methods can be called.
 */
import groovy.json.JsonSlurper
import groovy.transform.Field

import java.security.MessageDigest

/** The reference payloads (src/test/resources/reference/producer) and their real SHA-256. */
@Field static final Map<String, String> REFERENCE_SHA256 = [
        'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'        : '8905291ef40c1c4e77415738ed6fb70bc772a0b5563bb6b942845896ef6f7bad',
        'PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json' : '8fd37e9579ea57796735782ec69fee5739b1b8c6fc0ba9d28b933b87ae8a1831',
        'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json'        : 'fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28',
        'producer-contract-manifest_at-rehearsal.json'       : '67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6']

@Field static final String PLUGIN = 'io.github.cutoverguard:cutover-guardrails-maven-plugin:'

/** The project checkout (the directory holding src/it/_support). */
File projectRoot() {
    File dir = basedir.canonicalFile
    while (dir != null && !new File(dir, 'src/it/_support/HandoffSupport.groovy').file) {
        dir = dir.parentFile
    }
    assert dir != null : "src/it/_support not found above $basedir"
    dir
}

/** A reference file under src/test/resources/reference/producer. */
File reference(String name) {
    File f = new File(projectRoot(), "src/test/resources/reference/producer/$name")
    assert f.file : "no reference file $f"
    f
}

static String sha256(byte[] bytes) {
    MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
}

/** The IT's copy at `path` is the reference payload byte for byte (and the reference has its known hash). */
void assertReferenceCopy(String path, String referenceName) {
    byte[] ref = reference(referenceName).bytes
    if (REFERENCE_SHA256.containsKey(referenceName)) {
        assert sha256(ref) == REFERENCE_SHA256[referenceName] : "the reference $referenceName changed"
    }
    assert new File(basedir, path).bytes == ref : "$path is not a byte-for-byte copy of $referenceName"
}

/**
 * The IT's copy at `path` is the reference payload with exactly the given edits
 * ([from: to, ...], each `from` occurring once in the reference): documents the change under test
 * and proves everything else is the real payload.
 */
void assertEditedCopy(String path, String referenceName, Map<String, String> edits) {
    String text = reference(referenceName).getText('UTF-8')
    edits.each { String from, String to ->
        assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in $referenceName: $from"
        text = text.replace(from, to)
    }
    assert new File(basedir, path).getText('UTF-8') == text : "$path is not $referenceName with the edits $edits"
}

/** BUILD FAILURE raised by the given goal (a MojoFailureException, no crash); a single-step build. */
void assertBuildFailure(its, String goal = 'validate-handoff') {
    String log = its.buildLog()
    assert log.contains('BUILD FAILURE') : 'expected BUILD FAILURE'
    assert !log.contains('BUILD SUCCESS')
    assertFailedIn(its, goal)
}

void assertFailedIn(its, String goal) {
    String log = its.buildLog()
    assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal ' + PLUGIN) && it.contains(":$goal ") } :
            "the build must fail in the $goal goal"
    assert !log.contains('MojoExecutionException') : 'a breach is a MojoFailureException, not a configuration error'
    its.assertNoStackTrace()
}

/**
 * A multi-step build (invoker.goals.1, .2, ...) whose steps all log to build.log: asserts the
 * sequence of BUILD SUCCESS / BUILD FAILURE results, e.g. ['SUCCESS', 'FAILURE'].
 */
void assertStepResults(its, List<String> expected) {
    List<String> results = its.buildResults()
    assert results == expected : "build results $results, expected $expected"
    its.assertNoStackTrace()
}

/** target/cutover-guardrails/<goal>.json, parsed. */
Map evidence(String goal = 'validate-handoff') {
    File f = new File(basedir, "target/cutover-guardrails/${goal}.json")
    assert f.file : "evidence file $f was not written"
    new JsonSlurper().parse(f, 'UTF-8') as Map
}

/**
 * Asserts the evidence file: goal, status, and that its breaches name exactly the console's rule
 * IDs at the console's severity.
 */
Map assertEvidence(its, String status, String goal = 'validate-handoff') {
    Map ev = evidence(goal)
    assert ev.schema_version == 'evidence.v1'
    assert ev.goal == goal
    assert ev.status == status : "evidence status is ${ev.status}, expected $status"
    List<Map> console = its.breachLines()
    assert (ev.breaches.collect { it.rule_id } as Set) == (console.collect { it.rule } as Set) :
            "evidence breaches ${ev.breaches*.rule_id} differ from console ${console*.rule}"
    assert ev.breaches.size() == console.size() : "evidence has ${ev.breaches.size()} breaches, console ${console.size()}"
    if (status == 'pass') {
        assert ev.breaches.isEmpty()
        assert !ev.checks.any { it.status == 'fail' } : "failed checks in a passing run: ${ev.checks}"
    } else {
        String severity = status == 'warn' ? 'warning' : 'error'
        assert ev.breaches.every { it.severity == severity } : "breach severities ${ev.breaches*.severity}"
        assert ev.checks.any { it.status == 'fail' } : "no failed check listed in ${ev.checks}"
    }
    ev
}

/** The status of one check of the evidence, e.g. 'handoff.stale' -> 'skipped'. */
String checkStatus(Map ev, String id) {
    Map check = ev.checks.find { it.id == id }
    assert check : "evidence lists no check $id: ${ev.checks*.id}"
    check.status
}

/**
 * The payload was recognised and named by its real SHA-256: the console says
 * "Accepted|Rejected <kind> payload <path> sha256 <sha>" and the evidence's acceptance agrees.
 * accepted: true (Accepted, accepted=true), false (Rejected, accepted=false), or null to leave
 * the verdict unchecked.
 */
Map assertAcceptance(its, String path, String kind, Boolean accepted) {
    String sha = its.sha256(path)
    List<String> verbs = accepted == null ? ['Accepted', 'Rejected'] : [accepted ? 'Accepted' : 'Rejected']
    List<String> wanted = verbs.collect { "[INFO] $it $kind payload $path sha256 $sha".toString() }
    assert its.buildLog().readLines().any { it in wanted } : "build.log lacks the line: ${wanted.join(' or ')}"
    Map ev = evidence()
    Map acceptance = ev.acceptance
    assert acceptance : "evidence has no acceptance record"
    assert acceptance.sha256 == sha
    assert acceptance.kind == kind
    if (accepted != null) {
        assert acceptance.accepted == accepted : "evidence acceptance.accepted is ${acceptance.accepted}, expected $accepted"
    }
    assert acceptance.payload.replace('\\', '/').endsWith(path)
    def input = ev.inputs.find { it.path.replace('\\', '/').endsWith(path) }
    assert input?.sha256 == sha : "evidence inputs ${ev.inputs} do not name $path with sha256 $sha"
    acceptance
}

/** The payload was not recognised (unreadable): no acceptance line, no acceptance record. */
void assertNoAcceptance(its) {
    assert !its.buildLog().readLines().any { it ==~ /^\[INFO\] (Accepted|Rejected) .* payload .*/ } :
            'an unreadable payload must not be accepted or rejected'
    assert evidence().acceptance == null : "unexpected acceptance ${evidence().acceptance}"
}

/** The lines of build.log after the first line containing `marker` (e.g. the HANDOFF-STALE breach). */
List<String> linesAfter(its, String marker) {
    List<String> lines = its.buildLog().readLines()
    int at = lines.findIndexOf { it.contains(marker) }
    assert at >= 0 : "build.log has no line containing $marker"
    lines.drop(at + 1)
}

return this
