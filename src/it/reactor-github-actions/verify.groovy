// Issue #16: under GitHub Actions, a module's breaches are annotated and located in SARIF from the repository root
// (ledger-client/config/integration-pin.json); each module's verdict and the build's are appended to the job summary;
// verdict-aggregate prints one verdict for the build, NO-GO because ledger-client's is; the reports have the process's
// default permissions (group- and world-readable under umask 022).
import groovy.json.JsonSlurper

import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermission

def its = evaluate(new File(support, 'ItSupport.groovy'))
String log = its.buildLog()
assert log.contains('BUILD FAILURE')
assert log.readLines().any { it.startsWith('::error file=ledger-client/config/integration-pin.json,line=') && it.contains(',title=PIN-RELEASE-TAG::') } :
        'no annotation names ledger-client/config/integration-pin.json'
assert !log.readLines().any { it.startsWith('::error file=config/') } : 'an annotation names a module-relative path'

Map sarif = new JsonSlurper().parse(new File(basedir, 'ledger-client/target/cutover-guardrails/cutover-guardrails.sarif'))
def located = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation }
assert located.any { it.uri == 'ledger-client/config/integration-pin.json' && it.uriBaseId == '%SRCROOT%' } : located
assert sarif.runs[0].results.every { it.locations && it.locations[0].physicalLocation.artifactLocation.uri.startsWith('ledger-client/') }
assert sarif.runs[0].tool.driver.rules.every { it.helpUri.startsWith('https://github.com/cutoverguard/cutover-guardrails-maven-plugin#rule-') }

Map orders = new JsonSlurper().parse(new File(basedir, 'orders-client/target/cutover-guardrails/verdict.json'))
Map ledger = new JsonSlurper().parse(new File(basedir, 'ledger-client/target/cutover-guardrails/verdict.json'))
assert orders.rehearsal_continuation.decision == 'GO'
assert ledger.rehearsal_continuation.decision == 'NO-GO'

// the build's verdict: once, last, NO-GO because of ledger-client
List<String> lines = log.readLines()
assert lines.count { it.startsWith('[INFO] Rehearsal continuation: ') } == 3
String last = lines.findAll { it.startsWith('[INFO] Rehearsal continuation: ') }.last()
assert last.startsWith('[INFO] Rehearsal continuation: NO-GO (NO-GO in ledger-client (') : last
Map build = new JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/verdict.json'))
assert build.rehearsal_continuation.decision == 'NO-GO'
assert build.goals*.goal == ['orders-client', 'ledger-client']
assert build.goals.find { it.goal == 'ledger-client' }.breaches.any { it.rule_id == 'PIN-RELEASE-TAG' && it.file == 'ledger-client/config/integration-pin.json' }
Map buildSarif = new JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/cutover-guardrails.sarif'))
assert buildSarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }.contains('ledger-client/config/integration-pin.json')
// Issue #24: the build's reports count the modules' skipped checks as the modules' own reports do
int skipped = [orders, ledger].sum { Map m -> m.goals.sum { it.checks.count { it.status == 'skipped' } } }
assert skipped > 0
String buildMd = new File(basedir, 'target/cutover-guardrails/verdict.md').getText('UTF-8')
assert buildMd.contains("$skipped checks did not run:") && !buildMd.contains('None: every check ran')
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/cutover-guardrails/TEST-cutover-guardrails.xml')).documentElement
assert suite.getAttribute('skipped') == "$skipped"
// the modules are consumers: their verdicts run and list no producer goal (#29), nor does the build's
assert build.role == 'consumer'
assert build.goals.every { g -> g.checks.findAll { it.id in ['verify-parity', 'check-alignment'] }.isEmpty() }
// annotated once, by the module: the aggregate does not repeat the annotations
assert lines.count { it.startsWith('::error file=ledger-client/config/integration-pin.json,line=3,') } == 1

String summary = new File(basedir, 'step-summary.md').getText('UTF-8')
// Issue #24: each verdict's heading names what it judged and the commit, so the three are told apart
String head = org.eclipse.jgit.api.Git.open(basedir).withCloseable { it.repository.resolve('HEAD').name() }
assert summary.readLines().findAll { it.startsWith('# ') } == ["# Cutover rehearsal verdict: orders-client at ${head.take(7)}",
        "# Cutover rehearsal verdict: ledger-client at ${head.take(7)}",
        "# Cutover rehearsal verdict: reactor-github-actions (build) at ${head.take(7)}"]*.toString()
assert summary.count("Source: `$head` on branch `main`") == 3
assert summary.contains('- Rehearsal continuation: **GO**') && summary.contains('- Rehearsal continuation: **NO-GO**')
assert log.contains('Verdict appended to the job summary (GITHUB_STEP_SUMMARY)')

// the reports have the permissions of any file this process creates (0644 under umask 022)
File probe = new File(basedir, 'target/permission-probe')
probe.parentFile.mkdirs()
probe.text = 'probe'
def expected = Files.getPosixFilePermissions(probe.toPath())
['verdict.json', 'verdict.md', 'TEST-cutover-guardrails.xml', 'cutover-guardrails.sarif'].each { String name ->
    def actual = Files.getPosixFilePermissions(new File(basedir, "ledger-client/target/cutover-guardrails/$name").toPath())
    assert actual == expected : "$name has $actual, a new file of this process $expected"
}
// .ci/run sets umask 022: there, the reports must be readable by a CI step running as another user
assert expected.containsAll([PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ]) || System.getenv('CI') != 'true' :
        "under CI (umask 022) new files are $expected"
true
