// The build runs in a depth-1 clone of the feature branch, without origin/main or its commit: GUARD-PIN-CHANGED naming the ref and the fetch command, no stack trace.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard')
def guard = its.load('GuardSupport')

// a depth-1 clone of the feature branch only, as CI checkouts do: no origin/main, no base commit
def shas = guard.cloneFromUpstream(shallow: true)
assert new File(basedir, '.git/shallow').getText('UTF-8').trim() == shas.head
assert !new File(basedir, '.git/refs/remotes/origin/main').exists()
true
