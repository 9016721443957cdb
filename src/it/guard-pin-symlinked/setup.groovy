// Issue #25 defect 6: the pin is committed as a symbolic link to a file outside the repository (created here, since
// invoker copies projects and would copy the link's target instead of the link).
import org.eclipse.jgit.api.Git

import java.nio.file.Files

def its = evaluate(new File(support, 'ItSupport.groovy'))
File shared = new File(basedir.parentFile, basedir.name + '.shared')
shared.deleteDir()
shared.mkdirs()
File outside = new File(shared, 'stock-pin.json')
outside.setText('''{
  "inventory_repo": "https://git.example.org/inventory.git",
  "release_tag": "stock-v5.2.0",
  "commit_sha": "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  "expected_service_contract_version": "stock.v5",
  "expected_api_contract_version": "stock-api.v2",
  "expected_integration_baseline": "integration/v3",
  "expected_producer_manifest_sha256": "0000000000000000000000000000000000000000000000000000000000000000",
  "default_base_url": "http://127.0.0.1:8080",
  "default_timeout_ms": 3000
}
''', 'UTF-8')
new File(basedir, 'config').mkdirs()
Files.createSymbolicLink(new File(basedir, 'config/integration-pin.json').toPath(), outside.toPath())
Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
git.add().addFilepattern('.').call()
git.commit().setMessage('storefront pins inventory through a link').setAuthor('it', 'it@example.com')
        .setCommitter('it', 'it@example.com').setSign(false).call()
git.close()
true
