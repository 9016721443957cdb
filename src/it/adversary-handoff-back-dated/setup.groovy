// The IT directory is the billing producer's repository: a README first, then the manifest, committed on
// 2026-02-01 (ProducerRepo's release bot clock); the back-dated handoff stays as the adversary wrote it.
import org.eclipse.jgit.api.Git
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repo = its.load('ProducerRepo')
String manifest = its.file('contracts/producer-contract-manifest.json').getText('UTF-8')
Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    repo.commit(git, 'README.md', '# billing producer\n', 0)
    def change = repo.commit(git, 'contracts/producer-contract-manifest.json', manifest, 2)
    its.file('shas.properties').text = "manifest=${change.name()}\n"
} finally {
    git.close()
}
true
