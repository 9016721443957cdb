// main pins v7.4.0; the working tree's pin was edited by hand to v8.0.0; the approval record approves a move from v7.3.0.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.producer()
repin.pinnedToOld(shas)
File approval = new File(basedir, 'cutover-approval.json')
approval.setText(approval.getText('UTF-8').replace('"v7.4.0"', '"v7.3.0"').replace(shas.old, '0' * 40), 'UTF-8')
repin.commitConsumer()
File pin = new File(basedir, 'config/integration-pin.json')
pin.setText(pin.getText('UTF-8').replace('v7.4.0', 'v8.0.0').replace(shas.old, shas.new).replace('billing.v7', 'billing.v8'), 'UTF-8')
true
