// The Approved copy of the revoked v7.4.0 row, inside an HTML comment (module comment) or a fenced code block (module
// fence), is no row of the matrix's table: check-pin fails in both modules with MATRIX-APPROVED-ROW at the Revoked row.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNotGo()
its.assertFailedIn('check-pin')
def lines = its.assertBreaches(required: ['MATRIX-APPROVED-ROW'],
        at: ['MATRIX-APPROVED-ROW': 'docs/COMPATIBILITY_MATRIX.md:17:1'])
String breach = '[ERROR] docs/COMPATIBILITY_MATRIX.md:17:1 MATRIX-APPROVED-ROW the approved-pairs row for v7.4.0 / ' +
        '3f9a0c1d2e4b5a69788796a5b4c3d2e1f0a9b8c7 status is Revoked, not Approved ('
assert lines.size() == 2 : "one breach per module: ${lines*.text}"
List<String> log = its.buildLog().readLines()
['comment', 'fence'].each { String module ->
    // the module's own section of the log: from its "Building" line to the next module's
    int start = log.findIndexOf { it.startsWith("[INFO] Building storefront-$module ") }
    assert start >= 0 : "storefront-$module was not built"
    List<String> section = log.drop(start)
    section = section.take(section.findIndexOf(1) { it.startsWith('[INFO] Building ') || it.startsWith('[INFO] Reactor Summary') })
    assert section.count { it.startsWith(breach) } == 1 : "storefront-$module: ${section.findAll { it.contains('MATRIX') }}"
    assert log.any { it ==~ /^\[ERROR\] Failed to execute goal .*:check-pin .* on project storefront-$module: .*/ } :
            "check-pin must fail in storefront-$module"
    its.assertInputsUnchanged("$module/config/integration-pin.json", "$module/docs/COMPATIBILITY_MATRIX.md")
}
true
