// The storefront mirror is a link to the canonical pack: refused, never a pass.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def parity = its.load('ParitySupport')

its.assertBuildFailure('verify-parity')
its.assertNotGo()
String mirror = 'storefront/src/main/resources/contracts/stock-v6'
def breaches = its.assertBreaches(required: ['FILE-MISSING'], at: ['FILE-MISSING': mirror])
assert breaches*.text == ["[ERROR] $mirror FILE-MISSING mirror $mirror is a symbolic link to ../../../../../contracts/stock-v6; "
        + 'inputs must be regular files inside the project, and links are never followed (replace the link with the '
        + 'file itself; the canonical pack is compared byte for byte)'.toString()]
parity.assertEvidence('fail')
parity.assertPackUnchanged('contracts/stock-v6')
true
