// The reference producer (openapi.yaml at service.v3, its manifest, source of truth and schemas) with only the three files configured: check-alignment passes.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def align = its.load('AlignmentSupport')

its.assertBuildSuccess()
its.assertNoBreaches()
assert its.buildLog().contains('[INFO] check-alignment: PASS (11 passed, 0 failed, 0 skipped; 0 breaches)')
def ev = align.assertEvidence('pass')
assert ev.checks*.id == ['openapi.read', 'manifest.read', 'source-of-truth.read', 'manifest.schema', 'source-of-truth.schema',
                         'alignment.service-version', 'alignment.error-codes', 'alignment.envelope', 'alignment.error-responses',
                         'alignment.schema-id', 'alignment.source-of-truth']
assert ev.checks.every { it.status == 'pass' }
assert ev.checks.find { it.id == 'alignment.envelope' }.detail.startsWith('ServiceErrorEnvelope (the schema that 27 4xx/5xx response bodies reference)')
assert ev.inputs*.path == align.LAYOUT.keySet().toList()
align.assertInputsUnchanged()
true
