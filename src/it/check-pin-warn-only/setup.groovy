// A PIN-API-CONTRACT breach with -Dcutover.failOnBreach=false: a [WARNING] line, evidence status warn, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the case's change to the shared input
its.editShared('rehearsal', 'config/integration-pin.json', [('"expected_api_contract_version": "api.v1"'): '"expected_api_contract_version": "api.v2"'])
true
