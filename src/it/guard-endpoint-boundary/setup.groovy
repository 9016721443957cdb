// A feature branch calls /v1/context-packages from a controller instead of the adapter: GUARD-ENDPOINT-BOUNDARY.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

// a feature branch builds the producer URL in the controller instead of going through the adapter
String controller = new File(basedir, 'src/main/java/com/example/consumer/web/ContextController.java').getText('UTF-8')
String leaking = controller.replace('        return client.contextPackage(id);',
        '        return URI.create("http://127.0.0.1:4010").resolve("/v1/context-packages/" + id);')
assert leaking != controller
guard.cloneFromUpstream(feature: ['src/main/java/com/example/consumer/web/ContextController.java': leaking])
true
