// Both failures in one run, and the publication NO-GO names them.
def EDITS = ['services/stock-api/src/main/resources/contracts/integration/v6/producer-contract-manifest.json':
                     ['"out_of_stock", ': ''],
             'openapi.yaml': ['  version: stock.v6': '  version: stock.v5']]
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
def producer = its.load('InventoryProducer')
its.assertNotGo()
its.assertBreaches(required: ['PARITY-DIFFERENT', 'ALIGN-SERVICE-VERSION'],
        at: ['ALIGN-SERVICE-VERSION': 'openapi.yaml:4'])
Map json = verdict.assertProducerVerdict('NO-GO', 'NO-GO')
assert json.handoff_publication.reason == "2 error-level breaches in the producer's checks: PARITY-DIFFERENT, " +
        'ALIGN-SERVICE-VERSION; fix them, and the handoff may be published'
assert json.goals.find { it.goal == 'validate-handoff' }.status == 'pass'
producer.assertUnchanged(EDITS)
true
