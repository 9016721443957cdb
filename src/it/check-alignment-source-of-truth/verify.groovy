// The source of truth's non_2xx_envelope_policy no longer forbids legacy_error, unlike the configured policy (<apiEnvelopeForbids>): ALIGN-SOURCE-OF-TRUTH at its forbids list (29:16).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-SOURCE-OF-TRUTH'],
        at: ['ALIGN-SOURCE-OF-TRUTH': 'contracts/service-contract-source-of-truth.json:29:16'])
assert breaches*.text == ['[ERROR] contracts/service-contract-source-of-truth.json:29:16 ALIGN-SOURCE-OF-TRUTH '
        + 'non_2xx_envelope_policy.forbids lacks legacy_error: it is [api_contract_version], <apiEnvelopeForbids> '
        + 'is [legacy_error, api_contract_version] (state [legacy_error, api_contract_version] as '
        + 'non_2xx_envelope_policy.forbids; if the policy really changed, set <apiEnvelopeForbids> to the new list)']
def ev = align.assertEvidence('fail')
assert its.checkStatus(ev, 'alignment.source-of-truth') == 'fail'
assert its.checkStatus(ev, 'alignment.envelope') == 'pass'
align.assertInputsUnchanged()
true
