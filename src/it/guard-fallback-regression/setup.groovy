// A fallback test failed in the Surefire report: GUARD-FALLBACK-REGRESSION naming the test and its message.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

// the Surefire report (a committed fixture) records a failed fallback test
guard.cloneFromUpstream()
true
