/*
 * Fixtures and assertions of the check-alignment invoker ITs. Each IT lays out the reference producer
 * (src/test/resources/reference/producer: openapi.yaml and contracts-integration-v1 as contracts/) in
 * setup.groovy, with the edits its inputs.groovy declares; verify.groovy re-renders the same inputs to
 * prove the build changed none of them. Load with its.load('AlignmentSupport') (see ItSupport.groovy,
 * whose shared assertions these use as `its`).
 */
import groovy.transform.Field

/** The loaded ItSupport (set by its.load). */
@Field def its

/** IT path -> reference file under src/test/resources/reference/producer. */
@Field static final Map<String, String> LAYOUT = [
        'openapi.yaml'                                          : 'openapi.yaml',
        'contracts/producer-contract-manifest.json'             : 'contracts-integration-v1/producer-contract-manifest.json',
        'contracts/service-contract-source-of-truth.json'       : 'contracts-integration-v1/service-contract-source-of-truth.json',
        'contracts/schemas/context-package-envelope.schema.json': 'contracts-integration-v1/schemas/context-package-envelope.schema.json',
        'contracts/schemas/error-envelope.schema.json'          : 'contracts-integration-v1/schemas/error-envelope.schema.json',
        'contracts/schemas/proposed-memory-write.schema.json'   : 'contracts-integration-v1/schemas/proposed-memory-write.schema.json',
        'contracts/schemas/trust-gate-attachment.schema.json'   : 'contracts-integration-v1/schemas/trust-gate-attachment.schema.json']

/**
 * The IT's declared changes, from its inputs.groovy: [edits: [path: [from: to, ...]], append: [path: text]].
 * Each `from` must occur exactly once in the reference file.
 */
Map changes() {
    File f = new File(its.sourceDir(), 'inputs.groovy')
    f.file ? (evaluate(f) as Map) : [:]
}

/** The inputs of this IT: the reference layout with its changes applied; path -> text. */
Map<String, String> render() {
    Map c = changes()
    Map<String, String> out = [:]
    LAYOUT.each { String path, String ref ->
        String text = its.reference(ref).getText('UTF-8')
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

/**
 * target/cutover-guardrails/check-alignment.json: it matches the console (ItSupport.assertEvidenceMatchesConsole),
 * a check failed exactly when the status is fail, and it names openapi.yaml (if at all) with its SHA-256.
 */
Map assertEvidence(String status) {
    Map ev = its.assertEvidenceMatchesConsole('check-alignment', status)
    assert (status == 'fail') == ev.checks.any { it.status == 'fail' } : "check statuses ${ev.checks}"
    Map openApi = ev.inputs.find { it.path == 'openapi.yaml' }
    assert openApi == null || openApi.sha256 == its.sha256('openapi.yaml') : "evidence inputs ${ev.inputs}"
    ev
}

return this
