// The envelope's error.code enum lacks write_failed and holds legacy_timeout: ALIGN-ERROR-CODES names both, at the enum (866) and at the extra value (876).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['ALIGN-ERROR-CODES'],
        at: ['ALIGN-ERROR-CODES': ['openapi.yaml:866:15', 'openapi.yaml:876:19']])
assert breaches.size() == 2
assert breaches[0].text.contains('ServiceErrorEnvelope error.code lacks manifest error code(s) write_failed of contracts/producer-contract-manifest.json')
assert breaches[1].text.contains('ServiceErrorEnvelope error.code allows "legacy_timeout", which contracts/producer-contract-manifest.json\'s error_code_enum does not list')
def ev = align.assertEvidence('fail')
assert its.checkStatus(ev, 'alignment.error-codes') == 'fail'
assert its.checkStatus(ev, 'alignment.source-of-truth') == 'pass'
align.assertInputsUnchanged()
true
