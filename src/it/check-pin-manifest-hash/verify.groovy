// One extra space in the mirrored manifest (same JSON values): its SHA-256 differs from the pinned one: MANIFEST-HASH.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
def breaches = its.assertBreaches(required: ['MANIFEST-HASH'], at: ['MANIFEST-HASH': 'config/integration-pin.json:8'])
def evidence = its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json', 'config/producer-manifest.json')
// the breach states the actual hash of the mirrored manifest (console line or evidence)
String actual = its.sha256('config/producer-manifest.json')
def hashBreach = evidence.breaches.find { it.rule_id == 'MANIFEST-HASH' }
assert breaches.any { it.text.contains(actual) } || hashBreach.actual == actual : "MANIFEST-HASH does not name $actual: $hashBreach"
true
