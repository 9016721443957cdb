// main holds config/integration-pin.json (v7.4.0) and a copy of it in docs/examples/; the branch edits the real pin
// while <pinFile> names the copy.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.pinnedToOld(shas)
File pin = new File(basedir, 'config/integration-pin.json')
repin.write('docs/examples/integration-pin.json', pin.getText('UTF-8'))
repin.commitConsumer()
pin.setText(pin.getText('UTF-8').replace('v7.4.0', 'v8.0.0').replace(shas.old, shas.new).replace('billing.v7', 'billing.v8'), 'UTF-8')
true
