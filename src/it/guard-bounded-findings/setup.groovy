// An invoicing consumer's runtime configuration names the target contract billing.v8 25,000 times in one file and
// 150 times in another (written here, not committed: the properties file alone is ~0.8 MB).
def write = { String path, String text ->
    File f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}
write('src/main/resources/invoicing.properties', (1..25000).collect { "invoicing.route$it=billing.v8\n" }.join(''))
write('src/main/resources/ledger.yml', 'ledger:\n  routes:\n' + (1..150).collect { "    - billing.v8\n" }.join(''))
true
