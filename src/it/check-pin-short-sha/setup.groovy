// The consumer pins billing v7.4.0 (pin, mirror, matrix as repin writes them), then shortens the pin's commit_sha to
// the 7 characters git log --oneline shows.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.pinnedToOld(shas)
File pin = its.file('config/integration-pin.json')
pin.text = pin.getText('UTF-8').replace("\"commit_sha\": \"${shas.old}\"", "\"commit_sha\": \"${shas.old.take(7)}\"")
repin.snapshot()
true
