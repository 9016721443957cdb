// A billing feature branch calls /v7/invoices/lookup from the controller, Unicode- and octal-escaped so that the text is not the endpoint.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

its.assertNotGo()
String controller = 'src/main/java/com/example/billing/web/InvoiceController.java'
// where each escaped endpoint is written: its first character (the / of /v7 and the \ of \uuu002F)
List<String> hits = [controller + ':17:62', controller + ':18:33', controller + ':19:32']
def lines = its.assertBreaches(required: ['GUARD-ENDPOINT-BOUNDARY'], at: ['GUARD-ENDPOINT-BOUNDARY': hits])
assert lines*.location == hits
assert lines[0].text.contains('GUARD-ENDPOINT-BOUNDARY endpoint /v7/invoices/lookup is used outside the adapter files '
        + '(written as /v7/invoices/\\u006cookup)')
assert lines[1].text.contains('(written as /v7/invoices/\\154ookup)')
assert lines[2].text.contains('(written as \\uuu002Fv7/invoices/lookup)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cutover-guardrails/verdict.json'))
assert json.goals.find { it.goal == 'guard' }.checks.find { it.id == 'guard.endpoint-boundary' }.status == 'fail'
guard.assertRepositoryUntouched()
true
