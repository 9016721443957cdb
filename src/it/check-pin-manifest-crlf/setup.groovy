// The mirror as a Windows checkout with core.autocrlf=true writes it: CRLF line endings; the pin has the LF hash.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
repin.pinnedToOld(repin.producer())
File mirror = new File(basedir, 'config/producer-manifest.json')
mirror.bytes = mirror.getText('UTF-8').replace('\n', '\r\n').getBytes('UTF-8')
repin.snapshot()
true
