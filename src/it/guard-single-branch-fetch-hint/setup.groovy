// Issue #16: after `git clone --depth=1 --single-branch` of the feature branch, the fetch the guard hints
// (GuardSupport.FETCH_MAIN, asserted as the hint by guard-shallow-clone) brings origin/main, where the old hint
// `git fetch origin main --depth=1` did not.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

// the consumer project of guard-shallow-clone (the shared guard inputs), which asserts the hint this IT runs
its.copyShared('guard')
def shas = guard.cloneFromUpstream(cli: true)
assert guard.gitCli(basedir, 'config', '--get-all', 'remote.origin.fetch').trim() == '+refs/heads/feature:refs/remotes/origin/feature'
guard.gitCli(basedir, 'fetch', 'origin', 'main', '--depth=1')
assert guard.gitCli(basedir, 'for-each-ref', 'refs/remotes/origin/main').trim().isEmpty() : 'the old hint now creates origin/main'
guard.gitCli(basedir, *guard.FETCH_MAIN.split(' ').drop(1))
assert guard.gitCli(basedir, 'rev-parse', 'origin/main').trim() == shas.base
guard.gitSnapshotFile().text = guard.gitSnapshot()
true
