// One notice for the build (check-pin's; the verdict that runs check-pin again does not repeat it), with the command;
// repin adds only the record; the third build has no notice.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
its.assertStepResults(['SUCCESS', 'SUCCESS', 'SUCCESS'])
def notices = its.assertBreaches(level: 'WARNING', required: ['GIT-TAG-SHA'], optional: ['GUARD-PIN-CHANGED'],
        at: ['GIT-TAG-SHA': 'config/integration-pin.json:4']).findAll { it.rule == 'GIT-TAG-SHA' }
assert notices.size() == 1 : "one notice for the build, not one per goal: ${notices*.text}"
assert notices[0].text.contains("the pin does not record the commit tag v7.4.0 resolves to (release_tag_commit_sha; it is " +
        "${shas.oldTagged} in producer-repo): a move of the tag after the pin would go unnoticed")
assert notices[0].text.contains('record it: mvn cutover:repin -Dcutover.producerRepository=producer-repo with the same <baseline> adds only release_tag_commit_sha')
String log = its.buildLog()
assert log.contains('[INFO] Rehearsal continuation: GO (')
assert log.contains("+  \"release_tag_commit_sha\": \"${shas.oldTagged}\",")
// repin changed the pin only, by that one member
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.release_tag == 'v7.4.0' && pin.commit_sha == shas.old && pin.release_tag_commit_sha == shas.oldTagged
def snapshot = new Properties()
its.file('snapshot.properties').withInputStream { snapshot.load(it) }
['config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md'].each {
    assert its.sha256(it) == snapshot[it] : "$it was changed"
}
// the third build's evidence: the record is there, no notice
def evidence = its.evidence('check-pin')
assert evidence.status == 'pass' && evidence.breaches.isEmpty()
assert its.checkStatus(evidence, 'git.tag-sha') == 'pass'
true
