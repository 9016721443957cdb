// An invoicing consumer's runtime configuration names the target contract billing.v8 25,000 times in one file and
// 150 times in another: the verdict lists the first 100 GUARD-RUNTIME-SWITCH breaches of each file, then "… and 24,900
// more" and "… and 50 more", counts all 25,150 and is NO-GO; the log and every report stay small.
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))
String properties = 'src/main/resources/invoicing.properties'
String yaml = 'src/main/resources/ledger.yml'

// step 1: a limit below 1 is a configuration error naming the parameter, before anything is read
its.assertStepResults(['FAILURE', 'FAILURE'])
assert its.buildLog().contains("Invalid <maxBreachesPerRule> (cutover.maxBreachesPerRule): '0' is out of range: at least 1")

// step 2: 100 breaches of each file, then one line for the rest; the counts stay true
def lines = its.assertBreaches(required: ['GUARD-RUNTIME-SWITCH'], at: ['GUARD-RUNTIME-SWITCH': [
        properties + ':1:18', properties + ':100:20', yaml + ':3:7', yaml + ':102:7']])
assert lines.findAll { it.location.startsWith(properties + ':') }.size() == 100
assert lines.findAll { it.location.startsWith(yaml + ':') }.size() == 100
String hint = '(only the first 100 breaches of GUARD-RUNTIME-SWITCH in this file are listed (maxBreachesPerRule): fix ' +
        'them and run again, or raise maxBreachesPerRule to list more)'
assert lines.findAll { it.location == properties }*.text == ["[ERROR] $properties GUARD-RUNTIME-SWITCH … and 24,900 more $hint".toString()]
assert lines.findAll { it.location == yaml }*.text == ["[ERROR] $yaml GUARD-RUNTIME-SWITCH … and 50 more $hint".toString()]
its.assertNotGo()
assert its.buildLog().contains('[INFO] Rehearsal continuation: NO-GO (25150 error-level breaches: GUARD-RUNTIME-SWITCH)')

// every report lists what the log lists: 202 entries, not 25,150; its size follows
File reports = its.file('target/cutover-guardrails')
Map verdict = new JsonSlurper().parse(new File(reports, 'verdict.json'), 'UTF-8') as Map
Map guard = verdict.goals.find { it.goal == 'guard' } as Map
assert guard.breach_count == 25150
assert guard.breaches.size() == 202
assert guard.breaches.findAll { it.omitted }.collect { [it.file, it.omitted, it.message] } ==
        [[properties, 24900, '… and 24,900 more'], [yaml, 50, '… and 50 more']]
Map sarif = new JsonSlurper().parse(new File(reports, 'cutover-guardrails.sarif'), 'UTF-8') as Map
assert sarif.runs[0].results.size() == 202
String junit = new File(reports, 'TEST-cutover-guardrails.xml').getText('UTF-8')
assert junit.contains("$properties GUARD-RUNTIME-SWITCH … and 24,900 more")
String markdown = new File(reports, 'verdict.md').getText('UTF-8')
assert markdown.readLines().findAll { it.startsWith('- error `GUARD-RUNTIME-SWITCH`') }.size() == 202
// listing all 25,150 breaches took 15-20 MB per report and 7 MB of log
['verdict.json', 'cutover-guardrails.sarif', 'TEST-cutover-guardrails.xml', 'verdict.md'].each {
    long size = new File(reports, it).length()
    assert size < 256 * 1024 : "$it has $size bytes"
}
assert its.file('build.log').length() < 512 * 1024 : "build.log has ${its.file('build.log').length()} bytes"
true
