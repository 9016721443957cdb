// The runbook still names v0.3.1: DOCS-MISSING-SNIPPET with the expanded line.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.assertNoStackTrace()
assert its.buildResults() == ['FAILURE']
def lines = its.buildLog().readLines().findAll { it.startsWith('[ERROR] docs/') }
assert lines == ['[ERROR] docs/RUNBOOK.md DOCS-MISSING-SNIPPET docs/RUNBOOK.md does not contain "MemoryKernel v0.3.2 (cf331449e1589581a5dcbb3adecd3e9ae4509277), service.v2 / api.v1 / integration/v1" (add the line "MemoryKernel v0.3.2 (cf331449e1589581a5dcbb3adecd3e9ae4509277), service.v2 / api.v1 / integration/v1" to docs/RUNBOOK.md (it must match the <baseline>))']
its.assertInputsUnchanged('docs/COMPATIBILITY_MATRIX.md', 'docs/RUNBOOK.md')
true
