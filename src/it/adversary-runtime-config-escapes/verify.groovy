// A storefront feature branch switches the runtime to stock.v6 in forms a text scan does not read; the runtime reads each as stock.v6.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertNotGo()
List<String> hits = ['src/main/resources/application.properties:3:20',   // stock\u002ev6
                     'src/main/resources/application.properties:4:29',   // sto\ + ck.v6, where the value starts
                     'src/main/resources/application.yml:4:14',          // "stock\x2ev6"
                     'src/main/resources/inventory-client.json:3:18',    // "stock\u002ev6"
                     'src/main/resources/app-config.xml:5:35',           // stock&#46;v6
                     'src/main/resources/application-rehearsal.yml:2:13'] // UTF-16 with its byte-order mark
def lines = its.assertBreaches(required: ['GUARD-RUNTIME-SWITCH'], at: ['GUARD-RUNTIME-SWITCH': hits])
assert lines*.location.sort() == hits.sort()
String prefix = 'GUARD-RUNTIME-SWITCH runtime configuration names the target contract stock.v6: '
[
        'inventory.contract = "stock.v6" (written as stock\\u002ev6)',
        'inventory.fallback-contract = "stock.v6" (written as sto\\ \u23ce ck.v6 on lines 4-5)',
        'inventory.contract = "stock.v6" (written as "stock\\x2ev6")',
        'inventory.contract = "stock.v6" (written as "stock\\u002ev6")',
        'inventory.contract = "stock.v6" (written as stock&#46;v6)',
        '"contract: stock.v6"',
].each { String message -> assert lines.any { it.text.contains(prefix + message) } : "no breach line with: $message" }
// logback.xml is no properties document: not read, and said so
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/verdict.json'))
def runtimeSwitch = json.goals.find { it.goal == 'guard' }.checks.find { it.id == 'guard.runtime-switch' }
assert runtimeSwitch.status == 'fail'
assert runtimeSwitch.detail.endsWith('1 XML file not read (not a java.util.Properties XML document): src/main/resources/logback.xml')
assert json.goals.find { it.goal == 'guard' }.checks.findAll { it.id != 'guard.runtime-switch' }*.status.every { it in ['pass', 'skipped'] }
guard.assertRepositoryUntouched()
true
