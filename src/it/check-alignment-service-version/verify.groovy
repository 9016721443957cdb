// openapi.yaml says info.version service.v2 while the manifest expects service.v3: ALIGN-SERVICE-VERSION at openapi.yaml:4:12.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def align = evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy'))

align.assertBuildFailure(its)
def breaches = its.assertBreaches(required: ['ALIGN-SERVICE-VERSION'], at: ['ALIGN-SERVICE-VERSION': 'openapi.yaml:4:12'])
assert breaches*.text == ['[ERROR] openapi.yaml:4:12 ALIGN-SERVICE-VERSION info.version is "service.v2", '
        + 'contracts/producer-contract-manifest.json expects "service.v3" (set info.version to service.v3, or change '
        + 'the manifest\'s expected_service_contract_version in the same change)']
def ev = align.assertEvidence(its, 'fail')
assert align.checkStatus(ev, 'alignment.service-version') == 'fail'
assert ev.breaches[0].json_pointer == '/info/version'
align.assertInputsUnchanged()
true
