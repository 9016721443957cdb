// Alignment passes against the prepared manifest (the API says stock.v7, the released manifest stock.v6), while the
// handoff is the released manifest's: both decisions GO.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
Map json = verdict.assertProducerGreen()
Map alignment = new groovy.json.JsonSlurper().parse(its.file('target/cutover-guardrails/verdict.json'))
        .goals.find { it.goal == 'check-alignment' }
assert alignment.status == 'pass'
assert json.goals.find { it.goal == 'validate-handoff' }.checks.find { it.id == 'handoff.stale' }.status == 'pass'
// the handoff names the released baseline
String handoff = its.file('handoff/STOCK_V7_REHEARSAL_HANDOFF_CANDIDATE.json').getText('UTF-8')
assert handoff.contains('"release_tag": "v6.2.0"') && !handoff.contains('v7.0.0')
its.load('InventoryProducer').assertUnchanged(['openapi.yaml': ['  version: stock.v6': '  version: stock.v7',
                                                                'const: stock.v6': 'const: stock.v7']])
true
