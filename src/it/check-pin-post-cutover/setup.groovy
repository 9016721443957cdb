// The reference post-cutover pin (v0.4.0 / service.v3) and its manifest against the rehearsal baseline: four pin breaches in one build.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('cutover',
        'config/memorykernel-integration-pin.json',
        'config/memorykernel-producer-manifest.json')
true
