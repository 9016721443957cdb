// The whole life of a storefront's integration with inventory-service, one step per README change, on one repository.
import org.eclipse.jgit.api.Git

def its = evaluate(new File(support, 'ItSupport.groovy'))
def inventory = its.load('InventoryReleases')
Map<String, String> shas = inventory.recorded()
File pom = new File(basedir, 'pom.xml')

def commit = { String message ->
    Git git = Git.open(basedir)
    try {
        git.add().addFilepattern('.').call()
        git.add().setUpdate(true).addFilepattern('.').call()
        git.commit().setMessage(message).setSign(false).setNoVerify(true).call()
    } finally {
        git.close()
    }
}
def edit = { String from, String to ->
    String text = pom.getText('UTF-8')
    assert text.contains(from) : "the POM has no $from"
    pom.setText(text.replace(from, to), 'UTF-8')
}
/** Runs `mvn <args>` and returns its two verdict lines. */
def verdict = { List<String> args, String log ->
    String out = its.runMaven(args, log)
    List<String> lines = out.readLines().findAll { it.startsWith('[INFO] Rehearsal continuation: ') || it.startsWith('[INFO] Runtime cutover: ') }
    assert lines.size() == 2 : "expected both verdict lines in $log:\n" + out.readLines().takeRight(30).join('\n')
    lines
}

// 1. The first pin (README "The first pin"): repin writes pin, mirror and matrix for <baseline>; committed on main.
its.runMaven(['cutover:repin', '-Dcutover.producerName=inventory', '-Dcutover.defaultBaseUrl=http://127.0.0.1:8080',
              '-Dcutover.defaultTimeoutMs=3000'], 'step-1-repin.log')
commit('first pin: inventory-service v5.0.0')
def stable = verdict(['verify'], 'step-1-verify.log')
assert stable[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert stable[1] == '[INFO] Runtime cutover: NO-GO (stable: the runtime stays pinned to v5.0.0 / stock.v5 and no other ' +
        'contract is rehearsed (name one in <targetServiceContract> to start a rehearsal))'

// 2. The rehearsal: name the target.
edit('<!--/baseline-->', '<!--/baseline-->\n          <targetServiceContract>stock.v6</targetServiceContract>')
commit('rehearse stock.v6')
def rehearsal = verdict(['verify'], 'step-2-verify.log')
assert rehearsal[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert rehearsal[1].startsWith('[INFO] Runtime cutover: NO-GO (rehearsal mode: the runtime stays pinned to v5.0.0 / stock.v5')

// 3. The approval, then the repin change on a branch: <baseline> to v6.0.0, mode cutover, the approval record.
Git.open(basedir).withCloseable { it.checkout().setCreateBranch(true).setName('cutover-stock-v6').call() }
inventory.approval('config/cutover-approval.json', shas)
edit('<releaseTag>v5.0.0</releaseTag>', '<releaseTag>v6.0.0</releaseTag>')
edit('${sha.v5.0.0}', '${sha.v6.0.0}')
edit('<serviceContract>stock.v5</serviceContract>', '<serviceContract>stock.v6</serviceContract>')
edit('<!--/baseline-->', '<!--/baseline-->\n          <mode>cutover</mode>\n' +
        '          <cutoverApprovalFile>config/cutover-approval.json</cutoverApprovalFile>')
def cutover = verdict(['cutover:repin', 'verify'], 'step-3-repin-verify.log')
assert cutover[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert cutover[1] == '[INFO] Runtime cutover: GO (rehearsal GO and a joint approval of v6.0.0 / stock.v6 with every gate passed)'
commit('cut over to inventory-service v6.0.0 (stock.v6)')

// 4. Merged: complete, with nothing changed; then the next rehearsal names the next target, in rehearsal mode.
Git.open(basedir).withCloseable { git ->
    git.checkout().setName('main').call()
    git.merge().include(git.repository.resolve('cutover-stock-v6')).call()
}
def complete = verdict(['verify'], 'step-4-verify.log')
assert complete[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert complete[1] == '[INFO] Runtime cutover: GO (complete: the runtime is pinned to v6.0.0 / stock.v6, the approved ' +
        'release; the approval record is history, and naming the next <targetServiceContract> starts the next rehearsal)'
// ... and the next rehearsal starts on a branch by naming the next target, in rehearsal mode.
Git.open(basedir).withCloseable { it.checkout().setCreateBranch(true).setName('rehearse-stock-v7').call() }
edit('<targetServiceContract>stock.v6</targetServiceContract>', '<targetServiceContract>stock.v7</targetServiceContract>')
edit('<mode>cutover</mode>', '<mode>rehearsal</mode>')
commit('rehearse stock.v7')
def next = verdict(['verify'], 'step-4-next-verify.log')
assert next[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert next[1].startsWith('[INFO] Runtime cutover: NO-GO (rehearsal mode: the runtime stays pinned to v6.0.0 / stock.v6')

// 5. The cutover fails in production: rollback on a branch from main (README "Rolling back"), then <baseline> and
//    <mode> as its last log line says, in the same change.
Git.open(basedir).withCloseable { git ->
    git.checkout().setName('main').call()
    git.checkout().setCreateBranch(true).setName('rollback-stock-v6').call()
}
String rolledBack = its.runMaven(['cutover:rollback', '-Dcutover.reason=5xx on stock lookups after the cutover',
                                  '-Dcutover.rolledBackBy=storefront-oncall'], 'step-5-rollback.log')
assert new File(basedir, 'config/cutover-rollback.json').isFile()
assert rolledBack.contains('<releaseTag>v5.0.0</releaseTag>')
edit('<releaseTag>v6.0.0</releaseTag>', '<releaseTag>v5.0.0</releaseTag>')
edit('${sha.v6.0.0}', '${sha.v5.0.0}')
edit('<serviceContract>stock.v6</serviceContract>', '<serviceContract>stock.v5</serviceContract>')
edit('<mode>cutover</mode>', '<mode>rehearsal</mode>')
String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()
def back = verdict(['verify'], 'step-5-verify.log')
assert back[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert back[1] == "[INFO] Runtime cutover: NO-GO (rolled back to v5.0.0 on $today: 5xx on stock lookups after the cutover)".toString()
commit('roll back to inventory-service v5.0.0: 5xx on stock lookups after the cutover')

// 6. Merged: the rehearsal of stock.v6 starts again (the target is still named); the approval is spent.
Git.open(basedir).withCloseable { git ->
    git.checkout().setName('main').call()
    git.merge().include(git.repository.resolve('rollback-stock-v6')).call()
}
def again = verdict(['verify'], 'step-6-verify.log')
assert again[0].startsWith('[INFO] Rehearsal continuation: GO (')
assert again[1] == back[1]
true
