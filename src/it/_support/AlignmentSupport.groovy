/*
 * Helpers for the check-alignment invoker ITs, used next to ItSupport.groovy (pass the loaded
 * ItSupport as `its`). Each IT lays out the reference producer (src/test/resources/reference/producer:
 * openapi.yaml and contracts-integration-v1 as contracts/) in setup.groovy, with the edits its
 * inputs.groovy declares; verify.groovy re-renders the same inputs to prove the build changed none
 * of them. Load with evaluate(...); `basedir` comes from the caller's binding. The script returns
 * itself so its methods can be called.
 */
import groovy.json.JsonSlurper
import groovy.transform.Field

@Field static final String PLUGIN = 'io.github.cutoverguard:cutover-guardrails-maven-plugin:'

/** IT path -> reference file under src/test/resources/reference/producer. */
@Field static final Map<String, String> LAYOUT = [
        'openapi.yaml'                                          : 'openapi.yaml',
        'contracts/producer-contract-manifest.json'             : 'contracts-integration-v1/producer-contract-manifest.json',
        'contracts/service-contract-source-of-truth.json'       : 'contracts-integration-v1/service-contract-source-of-truth.json',
        'contracts/schemas/context-package-envelope.schema.json': 'contracts-integration-v1/schemas/context-package-envelope.schema.json',
        'contracts/schemas/error-envelope.schema.json'          : 'contracts-integration-v1/schemas/error-envelope.schema.json',
        'contracts/schemas/proposed-memory-write.schema.json'   : 'contracts-integration-v1/schemas/proposed-memory-write.schema.json',
        'contracts/schemas/trust-gate-attachment.schema.json'   : 'contracts-integration-v1/schemas/trust-gate-attachment.schema.json']

/** The project checkout (the directory holding src/it/_support). */
File projectRoot() {
    File dir = basedir.canonicalFile
    while (dir != null && !new File(dir, 'src/it/_support/AlignmentSupport.groovy').file) {
        dir = dir.parentFile
    }
    assert dir != null : "src/it/_support not found above $basedir"
    dir
}

/** The source directory of this IT (src/it/<name>). */
File sourceDir() {
    new File(projectRoot(), "src/it/${basedir.name}")
}

/**
 * The IT's declared changes, from its inputs.groovy: [edits: [path: [from: to, ...]], append: [path: text]].
 * Each `from` must occur exactly once in the reference file.
 */
Map changes() {
    File f = new File(sourceDir(), 'inputs.groovy')
    f.file ? (evaluate(f) as Map) : [:]
}

/** The inputs of this IT: the reference layout with its changes applied; path -> text. */
Map<String, String> render() {
    Map c = changes()
    Map<String, String> out = [:]
    LAYOUT.each { String path, String ref ->
        File source = new File(projectRoot(), "src/test/resources/reference/producer/$ref")
        assert source.file : "no reference file $source"
        String text = source.getText('UTF-8')
        (c.edits?.get(path) ?: [:]).each { String from, String to ->
            assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in $path: $from"
            text = text.replace(from, to)
        }
        out[path] = text + (c.append?.get(path) ?: '')
    }
    out
}

/** setup.groovy: writes the inputs. */
void writeInputs() {
    render().each { String path, String text ->
        File f = new File(basedir, path)
        f.parentFile.mkdirs()
        f.setText(text, 'UTF-8')
    }
}

/** The build modified no input. */
void assertInputsUnchanged() {
    render().each { String path, String text ->
        assert new File(basedir, path).getText('UTF-8') == text : "$path was modified by the build"
    }
}

/** BUILD FAILURE raised by check-alignment (a MojoFailureException, no crash). */
void assertBuildFailure(its) {
    String log = its.buildLog()
    assert log.contains('BUILD FAILURE') : 'expected BUILD FAILURE'
    assert !log.contains('BUILD SUCCESS')
    assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal ' + PLUGIN) && it.contains(':check-alignment ') } :
            'the build must fail in the check-alignment goal'
    assert !log.contains('MojoExecutionException') : 'a breach is a MojoFailureException, not a configuration error'
    its.assertNoStackTrace()
}

/** target/cutover-guardrails/check-alignment.json, checked against the console: same rules, same count, status. */
Map assertEvidence(its, String status) {
    File f = new File(basedir, 'target/cutover-guardrails/check-alignment.json')
    assert f.file : "evidence file $f was not written"
    Map ev = new JsonSlurper().parse(f, 'UTF-8') as Map
    assert ev.schema_version == 'evidence.v1'
    assert ev.goal == 'check-alignment'
    assert ev.status == status : "evidence status is ${ev.status}, expected $status"
    List<Map> console = its.breachLines()
    assert (ev.breaches.collect { it.rule_id } as Set) == (console.collect { it.rule } as Set) :
            "evidence breaches ${ev.breaches*.rule_id} differ from console ${console*.rule}"
    assert ev.breaches.size() == console.size()
    assert (status == 'fail') == ev.checks.any { it.status == 'fail' } : "check statuses ${ev.checks}"
    Map openApi = ev.inputs.find { it.path == 'openapi.yaml' }
    assert openApi == null || openApi.sha256 == its.sha256('openapi.yaml') : "evidence inputs ${ev.inputs}"
    ev
}

/** The status of one check of the evidence, e.g. 'alignment.envelope' -> 'fail'. */
String checkStatus(Map ev, String id) {
    Map check = ev.checks.find { it.id == id }
    assert check : "evidence lists no check $id: ${ev.checks*.id}"
    check.status
}

return this
