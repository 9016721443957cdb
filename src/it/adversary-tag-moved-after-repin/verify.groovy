// The verdict is NO-GO: GIT-TAG-SHA names the commit the pin recorded and the one the tag resolves to now.
import groovy.json.JsonSlurper
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.recorded()
def moved = new Properties()
its.file('shas.properties').withInputStream { moved.load(it) }
its.assertNotGo()
def breaches = its.assertBreaches(required: ['GIT-TAG-SHA'], at: ['GIT-TAG-SHA': 'config/integration-pin.json:5'])
String line = breaches.find { it.rule == 'GIT-TAG-SHA' }.text
assert line.contains("tag v7.4.0 resolves to ${moved.moved} in producer-repo, but the pin recorded ${shas.oldTagged} " +
        "(release_tag_commit_sha): the tag was moved after the pin was written") : line
assert line.contains('if the move is legitimate, record it in a reviewed change: mvn cutover:repin -Dcutover.producerRepository=producer-repo')
assert its.buildLog().contains('[INFO] Rehearsal continuation: NO-GO (1 error-level breach: GIT-TAG-SHA)')
def pin = new JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.commit_sha == shas.old && pin.release_tag_commit_sha == shas.oldTagged
repin.assertUnchanged()
true
