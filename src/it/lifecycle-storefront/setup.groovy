// inventory-service releases v5.0.0 (stock.v5) and v6.0.0 (stock.v6); the storefront is a git repository on main
// with its POM and no pin yet.
import org.eclipse.jgit.api.Git

def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryReleases').release([
        'v5.0.0': ['producer-contract-manifest.json': its.load('InventoryReleases').manifest('v5.0.0', 'stock.v5')],
        'v6.0.0': ['producer-contract-manifest.json': its.load('InventoryReleases').manifest('v6.0.0', 'stock.v6')]])
new File(basedir, '.gitignore').text = 'target/\ninventory-service/\n*.log\nshas.properties\n'
Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('storefront').setSign(false).setNoVerify(true).call()
} finally {
    git.close()
}
true
