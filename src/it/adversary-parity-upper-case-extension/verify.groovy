// A canonical-only extra-policy.JSON is missing from the storefront mirror: PARITY-MISSING, not a pass.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

its.assertBuildFailure('verify-parity')
its.assertNotGo()
String mirror = 'storefront/src/main/resources/contracts/stock-v6'
def breaches = its.assertBreaches(required: ['PARITY-MISSING'], at: ['PARITY-MISSING': "$mirror/extra-policy.JSON".toString()])
assert breaches.size() == 1 : "expected exactly one breach line: ${breaches*.text}"
assert breaches[0].text.contains('contracts/stock-v6/extra-policy.JSON')
parity.assertEvidence('fail')
parity.assertPackUnchanged(mirror)
true
