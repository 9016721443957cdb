// Adversary (#25 defect 6): a pin change, waived by a waiver file committed as a link to a file outside the repository
// (created here, since invoker copies projects and would copy the link's target instead of the link).
import org.eclipse.jgit.api.Git

import java.nio.file.Files

def its = evaluate(new File(support, 'ItSupport.groovy'))
String pin = '''{
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
'''
File pinFile = new File(basedir, 'config/integration-pin.json')
pinFile.parentFile.mkdirs()
pinFile.setText(pin, 'UTF-8')
File shared = new File(basedir.parentFile, basedir.name + '.shared')
shared.deleteDir()
shared.mkdirs()
String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()
String expires = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString()
File outside = new File(shared, 'cutover-waivers.json')
outside.setText("""{
  "schema_version": "cutover-waivers.v1",
  "waivers": [
    {"rule": "GUARD-PIN-CHANGED", "file": "config/integration-pin.json", "reason": "stock.v6 trial on staging",
     "owner": "storefront-team", "expires": "$expires"}
  ]
}
""", 'UTF-8')
Files.createSymbolicLink(new File(basedir, 'config/cutover-waivers.json').toPath(), outside.toPath())
Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
git.add().addFilepattern('.').call()
git.commit().setMessage('approved pin; waivers kept elsewhere').setAuthor('it', 'it@example.com')
        .setCommitter('it', 'it@example.com').setSign(false).call()
git.close()
// the change the waiver is meant to let through
pinFile.setText(pin.replace('"stock-v5.2.0"', '"stock-v6.0.0"'), 'UTF-8')
true
