// Rehearsal mode, pin and baseline both on service.v3, which is also the target: PIN-TARGET-CONTRACT.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['PIN-TARGET-CONTRACT'], at: ['PIN-TARGET-CONTRACT': 'config/integration-pin.json:5:40'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
true
