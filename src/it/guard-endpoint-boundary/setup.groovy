// A feature branch calls /v1/context-packages from a controller instead of the adapter: GUARD-ENDPOINT-BOUNDARY.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard')
def guard = its.load('GuardSupport')

// a feature branch builds the producer URL in the controller instead of going through the adapter
String controller = new File(basedir, 'src/main/java/com/example/consumer/web/ContextController.java').getText('UTF-8')
String leaking = controller.replace('        return client.contextPackage(id);',
        '        return URI.create("http://127.0.0.1:4010").resolve("/v1/context-packages/" + id);')
assert leaking != controller
guard.cloneFromUpstream(feature: ['src/main/java/com/example/consumer/web/ContextController.java': leaking])
true
