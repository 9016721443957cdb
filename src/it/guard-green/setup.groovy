// A rehearsal consumer inside a clone of its repository: pin as on origin/main, runtime config on service.v2 (service.v3 only in comments), endpoints only in the adapter, fallback tests passed: guard passes.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

// the IT directory becomes a clone of an upstream whose main holds these files: nothing changed since origin/main
guard.cloneFromUpstream()
true
