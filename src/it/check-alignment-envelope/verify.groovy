// legacy_error comes back into ServiceErrorEnvelope through an allOf $ref to a LegacyErrorFields component: ALIGN-ENVELOPE at the component's legacy_error (openapi.yaml:889:9).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-ENVELOPE'], at: ['ALIGN-ENVELOPE': 'openapi.yaml:889:9'])
assert breaches*.text == ['[ERROR] openapi.yaml:889:9 ALIGN-ENVELOPE the error envelope ServiceErrorEnvelope defines '
        + 'legacy_error through the $ref at openapi.yaml:849 to #/components/schemas/LegacyErrorFields; '
        + 'contracts/service-contract-source-of-truth.json non_2xx_envelope_policy.forbids forbids it '
        + '(remove legacy_error from the envelope and from the components it references)']
def ev = align.assertEvidence('fail')
assert its.checkStatus(ev, 'alignment.envelope') == 'fail'
assert ev.breaches[0].json_pointer == '/components/schemas/LegacyErrorFields/properties/legacy_error'
align.assertInputsUnchanged()
true
