// <role>producer</role> does not buy a green consumer: the publication is NO-GO (nothing of a producer's was checked),
// the build fails, and the verdict names the consumer's goals the role left out.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo('Handoff publication')
assert its.buildResults().last() == 'FAILURE' : 'the adversary got a green build'
its.assertBreaches(required: [])
String log = its.buildLog()
assert log.contains('[INFO] Handoff publication: NO-GO (not judged: verify-parity did not run (no canonicalDirectory '
        + 'configured); check-alignment did not run (no openApiFile configured).')
assert !log.contains('Runtime cutover')
String md = its.file('target/cutover-guardrails/verdict.md').getText('UTF-8')
assert md.contains('Role: producer (set by \\<role\\>)')
assert md.contains('- configuration weakened: \\<role\\>producer\\</role\\>: a consumer\'s goals (check-pin, guard) are not run')
true
