// Rehearsal of service.v3 from a service.v2 baseline, the pin moved to the target early: PIN-TARGET-CONTRACT.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['PIN-TARGET-CONTRACT', 'PIN-SERVICE-CONTRACT'],
        at: ['PIN-TARGET-CONTRACT': 'config/integration-pin.json:5:40'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
true
