// Issue #16: two consumer modules with the inputs of verdict-rehearsal-green, in one git repository; ledger-client's
// pin names another release tag. The repository holds the reactor's root, so report paths start with the module.
import org.eclipse.jgit.api.Git

def its = evaluate(new File(support, 'ItSupport.groovy'))
['orders-client', 'ledger-client'].each { String module ->
    ['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md',
     'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json',
     'test-reports/TEST-com.example.consumer.MemoryKernelClientFallbackTest.xml'].each { String path ->
        File to = new File(basedir, "$module/$path")
        to.parentFile.mkdirs()
        to.bytes = its.sharedInput('rehearsal', path).bytes
    }
}
File pin = new File(basedir, 'ledger-client/config/integration-pin.json')
String text = pin.getText('UTF-8')
assert text.count('"release_tag": "v0.3.2"') == 1
pin.setText(text.replace('"release_tag": "v0.3.2"', '"release_tag": "v0.3.3"'), 'UTF-8')
new File(basedir, 'step-summary.md').delete()
// committed, so that each verdict names the commit it judged
Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
git.add().addFilepattern('.').call()
git.commit().setMessage('two consumer modules').setAuthor('it', 'it@example.com').setCommitter('it', 'it@example.com')
        .setSign(false).call()
git.close()
true
