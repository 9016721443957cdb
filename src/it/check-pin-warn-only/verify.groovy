// A PIN-API-CONTRACT breach with -Dcutover.failOnBreach=false: a [WARNING] line, evidence status warn, BUILD SUCCESS.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildSuccess()
its.assertBreaches(level: 'WARNING', required: ['PIN-API-CONTRACT'], at: ['PIN-API-CONTRACT': 'config/integration-pin.json:6:36'])
its.assertEvidence('check-pin', 'warn')
its.assertInputsUnchanged('config/integration-pin.json')
true
