// <verdictChecks> leaving out check-pin while the pin exists: a configuration error, never "GO (1 checks passed)".
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the case's change to the shared input
its.editShared('rehearsal', 'config/integration-pin.json', [('"expected_api_contract_version": "api.v1"'): '"expected_api_contract_version": "api.v2"'])
true
