// The reference post-cutover pin (v0.4.0 / service.v3) and its manifest against the rehearsal baseline: four pin breaches in one build.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))

its.assertBuildFailure()
its.assertBreaches(required: ['PIN-RELEASE-TAG', 'PIN-COMMIT-SHA', 'PIN-SERVICE-CONTRACT', 'PIN-TARGET-CONTRACT'], at: [
        'PIN-RELEASE-TAG': 'config/memorykernel-integration-pin.json:3:18',
        'PIN-COMMIT-SHA': 'config/memorykernel-integration-pin.json:4:17',
        'PIN-SERVICE-CONTRACT': 'config/memorykernel-integration-pin.json:5:40',
        'PIN-TARGET-CONTRACT': 'config/memorykernel-integration-pin.json:5:40'])
its.assertEvidence('fail')
its.assertInputsUnchanged('config/memorykernel-integration-pin.json', 'config/memorykernel-producer-manifest.json')
true
