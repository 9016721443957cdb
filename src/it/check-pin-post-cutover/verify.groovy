// The reference post-cutover pin (v0.4.0 / service.v3) and its manifest against the rehearsal baseline: four pin breaches in one build.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['PIN-RELEASE-TAG', 'PIN-COMMIT-SHA', 'PIN-SERVICE-CONTRACT', 'PIN-TARGET-CONTRACT'], at: [
        'PIN-RELEASE-TAG': 'config/memorykernel-integration-pin.json:3:18',
        'PIN-COMMIT-SHA': 'config/memorykernel-integration-pin.json:4:17',
        'PIN-SERVICE-CONTRACT': 'config/memorykernel-integration-pin.json:5:40',
        'PIN-TARGET-CONTRACT': 'config/memorykernel-integration-pin.json:5:40'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/memorykernel-integration-pin.json', 'config/memorykernel-producer-manifest.json')
true
