// A feature branch switches the YAML runtime config to service.v3 and a property to a service_v3_* value: GUARD-RUNTIME-SWITCH at each line.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['GUARD-RUNTIME-SWITCH'], at: ['GUARD-RUNTIME-SWITCH': [
        'src/main/resources/application.yml:2:13', 'src/main/resources/application.properties:4:23']])
// exactly these two hits: the comments naming service.v3 / service_v3_envelope are ignored
assert lines*.location.sort() == ['src/main/resources/application.properties:4:23', 'src/main/resources/application.yml:2:13']
assert lines.any { it.text == '[ERROR] src/main/resources/application.yml:2:13 GUARD-RUNTIME-SWITCH runtime configuration ' +
        'names the target contract service.v3: "contract: service.v3" (keep the runtime on service.v2 until the cutover ' +
        'is approved: remove the switch, or keep rehearsal settings out of runtimeConfigIncludes)' }
assert lines.any { it.text.contains('matches the forbidden runtime pattern /service_v3_\\w+/') }
guard.assertEvidence('fail', ['guard.pin-unchanged': 'pass', 'guard.runtime-switch': 'fail', 'guard.endpoint-boundary': 'pass', 'guard.fallback': 'pass'])
guard.assertRepositoryUntouched()
true
