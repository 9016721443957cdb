// A feature branch switches the YAML runtime config to service.v3 and a property to a service_v3_* value: GUARD-RUNTIME-SWITCH at each line.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard')
def guard = its.load('GuardSupport')

// a feature branch switches the runtime: the YAML contract (line 2) and a property matching service_v3_\\w+
String props = new File(basedir, 'src/main/resources/application.properties').getText('UTF-8')
assert props.count('memorykernel.envelope=service_v2_envelope') == 1
guard.cloneFromUpstream(feature: [
        'src/main/resources/application.yml'       : 'memorykernel:\n  contract: service.v3\n',
        'src/main/resources/application.properties': props.replace('memorykernel.envelope=service_v2_envelope',
                'memorykernel.envelope=service_v3_envelope')])
true
