// The mirror was edited after mirroring v7.4.0, and the pin's hash updated to match it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.pinnedToOld(shas)
File mirror = new File(basedir, 'config/producer-manifest.json')
mirror.setText(mirror.getText('UTF-8').replace('"internal_error"', '"server_error"'), 'UTF-8')
File pin = new File(basedir, 'config/integration-pin.json')
pin.setText(pin.getText('UTF-8').replace(its.sha256(shas.oldManifest as byte[]), its.sha256(mirror.bytes)), 'UTF-8')
repin.snapshot()
true
