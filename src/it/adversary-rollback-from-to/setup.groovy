// The merged cutover to v6.0.0 rolled back; the adversary's record says it returned to another commit than the
// approval's previous_baseline, and the pin names that commit too.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def rollback = its.load('RollbackSupport')
def shas = rollback.cutOverOnMain()
rollback.rollBack(shas)
rollback.editRecord([("\"to\": { \"release_tag\": \"v5.2.0\", \"commit_sha\": \"${shas.old}\" }".toString()):
        '"to": { "release_tag": "v5.2.0", "commit_sha": "' + shas.oldTagged + '" }'])
File pin = its.file('config/integration-pin.json')
pin.setText(pin.getText('UTF-8').replace("\"commit_sha\": \"${shas.old}\"", "\"commit_sha\": \"${shas.oldTagged}\""), 'UTF-8')
true
