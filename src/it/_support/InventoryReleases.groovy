/*
 * An inventory-service producer (stock.v5 in v5.0.0, stock.v6 in v6.0.0) for the storefront ITs of
 * producerManifestPath and of repin in a multi-module build: load with its.load('InventoryReleases') from
 * setup.groovy and verify.groovy. JGit is on the script class path (addTestClassPath).
 *
 * Each release is made the way real producers release: a code commit, then one commit writing every file of the
 * release (its manifest and, in the parity layout, the mirrors' copies; @@CODE_SHA@@ = the code commit), with the
 * annotated tag on that commit. .mvn/maven.config gets -Dsha.<tag>=<code commit> for each tag (the IT's <baseline>
 * reads it) and shas.properties the same, for verify.groovy.
 */
import groovy.transform.Field
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.revwalk.RevCommit

/** The loaded ItSupport (set by its.load). */
@Field def its

/** A producer-contract-manifest.v1 manifest of inventory-service naming `tag` and `contract`. */
static String manifest(String tag, String contract, List<String> codes = ['sku_not_found', 'validation_error']) {
    """{
  "manifest_contract_version": "producer-contract-manifest.v1",
  "release_tag": "$tag",
  "commit_sha": "@@CODE_SHA@@",
  "expected_service_contract_version": "$contract",
  "expected_api_contract_version": "stock-api.v2",
  "integration_baseline": "stock/v1",
  "error_code_enum": [${codes.collect { "\"$it\"" }.join(', ')}],
  "stability_window": {"minimum_sprint_days": 14}
}
"""
}

/**
 * Creates the producer clone at `path` (relative to the IT) releasing each tag of `releases` in order
 * (tag -> file path -> text). Returns tag -> [code: the commit the manifest names, tagged: the tag's commit,
 * files: path -> bytes as released].
 */
Map<String, Map> release(Map<String, Map<String, String>> releases, String path = 'inventory-service') {
    def repo = its.load('ProducerRepo')
    File dir = new File(basedir, path).canonicalFile
    assert !dir.exists() : "$dir already exists"
    Map<String, Map> made = [:]
    Git git = Git.init().setDirectory(dir).setInitialBranch('main').call()
    try {
        git.repository.config.setString('remote', 'origin', 'url', 'https://git.example.org/inventory/inventory-service.git')
        git.repository.config.save()
        int minutes = 0
        releases.each { String tag, Map<String, String> files ->
            RevCommit code = repo.commit(git, 'src/StockService.java', "class StockService { /* $tag */ }\n", minutes++)
            Map<String, byte[]> written = [:]
            files.each { String file, String text ->
                File f = new File(dir, file)
                f.parentFile.mkdirs()
                f.bytes = text.replace('@@CODE_SHA@@', code.name()).getBytes('UTF-8')
                written[file] = f.bytes
                git.add().addFilepattern(file).call()
            }
            RevCommit tagged = git.commit().setMessage("release $tag").setAuthor(repo.releaseBot(minutes))
                    .setCommitter(repo.releaseBot(minutes++)).setSign(false).setNoVerify(true).call()
            repo.annotatedTag(git, tag, tagged, minutes++)
            made[tag] = [code: code.name(), tagged: tagged.name(), files: written]
        }
    } finally {
        git.close()
    }
    new File(basedir, '.mvn').mkdirs()
    new File(basedir, '.mvn/maven.config').text = made.collect { tag, m -> "-Dsha.$tag=${m.code}\n" }.join('')
    new File(basedir, 'shas.properties').text = made.collect { tag, m -> "${tag}=${m.code}\n" }.join('')
    made
}

/** The code commits setup.groovy recorded: tag -> SHA. */
Map<String, String> recorded() {
    def shas = new Properties()
    new File(basedir, 'shas.properties').withInputStream { shas.load(it) }
    shas.collectEntries { k, v -> [(k): v] } as Map<String, String>
}

/** The bytes of `file` in the tree at `tag` of the producer clone at `path`. */
byte[] fileAt(String tag, String file, String path = 'inventory-service') {
    its.load('ProducerRepo').fileAtTag(new File(basedir, path), tag, file)
}

/** Writes the storefront's approval record of the move v5.0.0 -> v6.0.0 to `path`. */
void approval(String path, Map<String, String> shas) {
    File f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText("""{
  "schema_version": "cutover-approval.v1",
  "baseline": {
    "release_tag": "v6.0.0",
    "commit_sha": "${shas['v6.0.0']}",
    "service_contract": "stock.v6",
    "api_contract": "stock-api.v2",
    "integration_baseline": "stock/v1"
  },
  "previous_baseline": {"release_tag": "v5.0.0", "commit_sha": "${shas['v5.0.0']}"},
  "approvals": {
    "producer": {"approved_by": "inventory-release-owner@example.org", "approved_at_utc": "2026-02-10T09:00:00Z"},
    "consumer": {"approved_by": "storefront-integration-owner@example.org", "approved_at_utc": "2026-02-10T09:30:00Z"}
  },
  "gates": [{"id": "overlap-window-complete", "status": "passed", "evidence": "rehearsal verdicts all GO"}]
}
""", 'UTF-8')
}

return this
