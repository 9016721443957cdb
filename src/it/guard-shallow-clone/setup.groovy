// The build runs in a depth-1 clone of the feature branch, without origin/main or its commit: GUARD-PIN-CHANGED naming the ref and the fetch command, no stack trace.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

// a depth-1 clone of the feature branch only, as CI checkouts do: no origin/main, no base commit
def shas = guard.cloneFromUpstream(shallow: true)
assert new File(basedir, '.git/shallow').getText('UTF-8').trim() == shas.head
assert !new File(basedir, '.git/refs/remotes/origin/main').exists()
true
