// The billing clone lives beside the consumer (../billing-service.…), as a new user checks out both; the pin lacks
// release_tag_commit_sha, so check-pin's notice names the clone.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
File clone = new File(basedir, '../billing-service.verdict-producer-beside-the-project')
if (clone.exists()) {
    clone.deleteDir() // a rerun of the IT in the same target/it
}
repin.pinnedToOld(repin.producer('../billing-service.verdict-producer-beside-the-project'))
File pin = new File(basedir, 'config/integration-pin.json')
pin.setText(pin.getText('UTF-8').readLines().findAll { !it.contains('"release_tag_commit_sha"') }.join('\n') + '\n', 'UTF-8')
true
