// Assertions of the verdict ITs: load with its.load('VerdictSupport') (see ItSupport.groovy, whose shared
// assertions these use as `its`).
import groovy.json.JsonSlurper
import groovy.transform.Field

/** The loaded ItSupport (set by its.load). */
@Field def its

/** Both verdict lines are printed at the end of the goal's output. */
void assertVerdicts(String rehearsal, String runtime) {
    assertDecisionLines(rehearsal, 'Runtime cutover', runtime)
}

/** 'Rehearsal continuation: <rehearsal>' is printed, and right after it '<line>: <decision>'. */
void assertDecisionLines(String rehearsal, String line, String decision) {
    List<String> lines = its.buildLog().readLines()
    int r = lines.findIndexOf { it.startsWith("[INFO] Rehearsal continuation: $rehearsal (") }
    int c = lines.findIndexOf { it.startsWith("[INFO] $line: $decision (") }
    assert r >= 0 : "build.log lacks 'Rehearsal continuation: $rehearsal'"
    assert c == r + 1 : "build.log lacks '$line: $decision' right after the rehearsal verdict"
}

/**
 * A producer's verdict: 'Rehearsal continuation' then 'Handoff publication' printed, no 'Runtime cutover' line; the
 * reports agree (verdict.json's role and handoff_publication, verdict.md's line, SARIF's run property). Returns
 * verdict.json.
 */
Map assertProducerVerdict(String rehearsal, String publication) {
    assertDecisionLines(rehearsal, 'Handoff publication', publication)
    assert !its.buildLog().contains('Runtime cutover:') : "a producer's verdict prints no runtime cutover"
    File dir = its.file('target/cutover-guardrails')
    Map json = new JsonSlurper().parse(new File(dir, 'verdict.json'))
    assert json.schema_version == 'verdict.v2'
    assert json.role == 'producer'
    assert json.rehearsal_continuation.decision == rehearsal
    assert json.handoff_publication.decision == publication
    assert !json.containsKey('runtime_cutover')
    String md = new File(dir, 'verdict.md').text
    assert md.contains("- Handoff publication: **$publication**")
    assert !md.contains('Runtime cutover')
    Map sarif = new JsonSlurper().parse(new File(dir, 'cutover-guardrails.sarif'))
    assert sarif.runs[0].properties.handoffPublication == publication
    assert !sarif.runs[0].properties.containsKey('runtimeCutover')
    def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(dir, 'TEST-cutover-guardrails.xml')).documentElement
    def properties = suite.getElementsByTagName('property')
    assert (0..<properties.length).collect { properties.item(it) }
            .any { it.getAttribute('name') == 'handoff_publication' && it.getAttribute('value') == publication }
    json
}

/** A producer's green build: no breach, no stack trace, both decisions GO (assertProducerVerdict). */
Map assertProducerGreen() {
    its.assertBuildSuccess()
    its.assertNoStackTrace()
    its.assertNoBreaches()
    assertProducerVerdict('GO', 'GO')
}

/** verdict.json (decisions), verdict.md, the JUnit XML and the SARIF exist and agree; returns verdict.json. */
Map assertReports(String rehearsal, String runtime) {
    File dir = its.file('target/cutover-guardrails')
    Map json = new JsonSlurper().parse(new File(dir, 'verdict.json'))
    assert json.schema_version == 'verdict.v2'
    assert json.rehearsal_continuation.decision == rehearsal
    assert json.runtime_cutover.decision == runtime
    assert json.follow_ups*.owner == ['consumer-integration']
    String md = new File(dir, 'verdict.md').text
    assert md.contains("- Rehearsal continuation: **$rehearsal**")
    assert md.contains("- Runtime cutover: **$runtime**")
    assert md.contains('| consumer-integration | add a contract test for error.details | 2026-02-15 |')
    assert md.contains('- service.v3 drops legacy_error')
    def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(dir, 'TEST-cutover-guardrails.xml')).documentElement
    int checks = json.goals.sum { it.checks.size() }
    assert suite.tagName == 'testsuite'
    assert suite.getAttribute('tests').toInteger() == checks
    assert suite.getElementsByTagName('testcase').length == checks
    assert suite.getAttribute('failures').toInteger() == json.goals.sum { g -> g.checks.count { it.status == 'fail' } }
    Map sarif = new JsonSlurper().parse(new File(dir, 'cutover-guardrails.sarif'))
    assert sarif.version == '2.1.0'
    assert sarif.runs[0].results*.ruleId == json.goals.collectMany { it.breaches }*.rule_id
    assert sarif.runs[0].properties.rehearsalContinuation == rehearsal
    json
}
this
