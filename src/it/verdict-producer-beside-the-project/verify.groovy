// Paths as the user wrote them (issue #25): the clone is ../billing-service.… everywhere; no report and no line the
// plugin logged holds the machine's absolute path of the project or of the clone.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def shas = its.load('RepinSupport').recorded()
String clone = '../billing-service.verdict-producer-beside-the-project'
its.assertBuildSuccess()
def notice = its.assertBreaches(level: 'WARNING', required: ['GIT-TAG-SHA'], optional: ['GUARD-PIN-CHANGED'],
        at: ['GIT-TAG-SHA': 'config/integration-pin.json:4']).find { it.rule == 'GIT-TAG-SHA' }
assert notice.text.contains("(release_tag_commit_sha; it is ${shas.oldTagged} in ${clone}): a move of the tag")
assert notice.text.contains("record it: mvn cutover:repin -Dcutover.producerRepository=${clone} with the same <baseline>")

// the machine's paths: the IT's directory (which the clone's absolute path starts with, beside it), as a path and a URI
String machine = basedir.canonicalFile.parentFile.path
List<String> forms = [machine, machine.replace('\\', '/'), basedir.canonicalFile.parentFile.toURI().toString()]
File reports = its.file('target/cutover-guardrails')
def written = reports.listFiles().findAll { it.isFile() }
assert written*.name.containsAll(['verdict.md', 'verdict.json', 'cutover-guardrails.sarif', 'check-pin.json'])
written.each { File report ->
    String text = report.getText('UTF-8')
    forms.each { assert !text.contains(it) : "${report.name} holds the machine's path $it" }
}
assert its.file('target/cutover-guardrails/verdict.md').getText('UTF-8').contains(" in ${clone}): a move of the tag")
assert its.file('target/cutover-guardrails/cutover-guardrails.sarif').getText('UTF-8').contains(" in ${clone}): a move of the tag")

// the plugin's lines: from each of its executions' header to the next plugin's
boolean ours = false
List<String> pluginLines = []
its.buildLog().readLines().each { String line ->
    if (line.startsWith('[INFO] ---')) {
        ours = line =~ /--- cutover[-a-z]*:/
    } else if (ours) {
        pluginLines << line
    }
}
assert pluginLines.any { it.contains('Rehearsal continuation: GO') }
pluginLines.each { String line ->
    forms.each { assert !line.contains(it) : "the plugin logged the machine's path: $line" }
}
true
