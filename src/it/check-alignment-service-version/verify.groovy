// openapi.yaml says info.version service.v2 while the manifest expects service.v3: ALIGN-SERVICE-VERSION at openapi.yaml:4:12.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-SERVICE-VERSION'], at: ['ALIGN-SERVICE-VERSION': 'openapi.yaml:4:12'])
assert breaches*.text == ['[ERROR] openapi.yaml:4:12 ALIGN-SERVICE-VERSION info.version is "service.v2", '
        + 'contracts/producer-contract-manifest.json expects "service.v3" (set info.version to service.v3, or change '
        + 'the manifest\'s expected_service_contract_version in the same change)']
def ev = align.assertEvidence('fail')
assert its.checkStatus(ev, 'alignment.service-version') == 'fail'
assert ev.breaches[0].json_pointer == '/info/version'
align.assertInputsUnchanged()
true
