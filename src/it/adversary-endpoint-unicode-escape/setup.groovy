// A billing feature branch calls /v7/invoices/lookup from the controller, Unicode- and octal-escaped so that the text is not the endpoint.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

String controller = new File(basedir, 'src/main/java/com/example/billing/web/InvoiceController.java').getText('UTF-8')
String leaking = controller.replace('        return client.lookup(id);',
        '        URI direct = URI.create("http://billing.internal:8080/v7/invoices/\\u006cookup?id=" + id);\n' +
        '        URI octal = URI.create("/v7/invoices/\\154ookup");\n' +
        '        return direct.resolve("\\uuu002Fv7/invoices/lookup").resolve(octal);')
assert leaking != controller && !leaking.contains('/v7/invoices/lookup')
guard.cloneFromUpstream(feature: ['src/main/java/com/example/billing/web/InvoiceController.java': leaking])
true
