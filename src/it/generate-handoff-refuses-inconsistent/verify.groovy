// Before the fix the generator wrote the candidate and reported PASS; validate-handoff then rejected it.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertBuildFailure('generate-handoff')
// the manifest's billing.v8 also names the stability flag billing_v8_stability_required; the guarantee <baseline>'s
// billing.v7 needs, billing_v7_stability_required, is missing (#26: required flags are named for the configured contract)
def lines = its.assertBreaches(required: ['HANDOFF-BASELINE', 'HANDOFF-CUTOVER-FLAG', 'HANDOFF-OVERLAP'],
        at: ['HANDOFF-CUTOVER-FLAG': 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json'])
assert lines.find { it.rule == 'HANDOFF-OVERLAP' }.text.contains('billing_v7_stability_required is missing')
assert lines.find { it.rule == 'HANDOFF-CUTOVER-FLAG' }.text.contains('target the next contract (e.g. billing.v9)')
assert !new File(basedir, 'handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json').exists() : 'the refused candidate was written'
def evidence = its.assertEvidence('generate-handoff', 'fail')
assert its.checkStatus(evidence, 'handoff.generate') == 'fail'
its.assertInputsUnchanged('contracts/producer-contract-manifest.json')
true
