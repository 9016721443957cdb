// A feature branch changes the pinned release_tag: GUARD-PIN-CHANGED with a unified diff against origin/main.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

// a feature branch bumps the pinned release_tag; origin/main still has the approved pin
String pin = new File(basedir, 'config/integration-pin.json').getText('UTF-8')
assert pin.count('"v0.3.2"') == 1
guard.cloneFromUpstream(feature: ['config/integration-pin.json': pin.replace('"v0.3.2"', '"v0.3.3"')])
true
