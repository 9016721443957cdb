// The invoicing consumer of billing handles only the billing codes it lists, so it sets cutover.errorCodeComparison to subset: billing's rehearsal handoff, promising two of the manifest's five codes under "validation_mode": "subset", passes (step 1). With -Dcutover.errorCodeComparison=equal the same payload fails with ERROR-CODES at validation_mode and at the codes (step 2); -Dcutover.errorCodeComparison=set_equality is a configuration error naming the values the parameter accepts (step 3).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

String path = 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'
its.assertStepResults(['SUCCESS', 'FAILURE', 'FAILURE'])
String log = its.buildLog()
assert log.contains("[INFO] Accepted rehearsal-handoff.v1 payload $path sha256 ${its.sha256(path)}")
List<String> codes = its.breachLines().findAll { it.rule == 'ERROR-CODES' }*.text
assert codes == ["[ERROR] $path:49:24 ERROR-CODES validation_mode is \"subset\", but the consumer compares error codes by "
        + '<errorCodeComparison> equal, which accepts only "set_equality" (the consumer, not the payload, decides how codes '
        + 'are compared: list exactly the manifest\'s codes under set_equality, or have the consumer configure <errorCodeComparison>)',
        "[ERROR] $path:50:14 ERROR-CODES the payload lacks manifest error code(s) currency_unsupported, rate_limited, "
        + "internal_error ($path and contracts/producer-contract-manifest.json disagree: if "
        + 'contracts/producer-contract-manifest.json was edited (check-pin\'s MANIFEST-HASH fails), restore it from the '
        + 'pinned release (mvn cutover:repin) and keep the handoff; if contracts/producer-contract-manifest.json is the '
        + 'release\'s, regenerate the handoff from it)']*.toString()
assert its.breachLines()*.rule.unique() == ['ERROR-CODES']
assert log.contains("Invalid <errorCodeComparison> (cutover.errorCodeComparison): 'set_equality' is not one of equal, subset, superset")
its.assertNoStackTrace()
hs.assertBillingCaseUnchanged('BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json')
true
