// the inventory-service's source of truth fails service-contract-source.v1: JSON-SCHEMA at each member, and nothing else
// for the same cause (no ALIGN-SOURCE-OF-TRUTH); what the source of truth feeds is skipped, saying why
def its = evaluate(new File(support, 'ItSupport.groovy'))
def truthEdits = (evaluate(new File(basedir, 'inputs.groovy')) as Map).truth as Map
String truth = 'contracts/service-contract-source-of-truth.json'

its.assertBuildFailure('check-alignment')
def breaches = its.assertBreaches(required: ['JSON-SCHEMA'],
        at: ['JSON-SCHEMA': ["$truth:5:27".toString(), "$truth:6:22".toString()]])
assert breaches.size() == 2
assert breaches*.text.toSet() == [
        "[ERROR] $truth:5:27 JSON-SCHEMA integration_baseline is an integer (6), expected string (schema "
                + 'service-contract-source.v1) (write integration_baseline as string)',
        "[ERROR] $truth:6:22 JSON-SCHEMA error_code_enum lists \"out_of_stock\" more than once (schema "
                + 'service-contract-source.v1) (list "out_of_stock" once in error_code_enum)'].collect { it.toString() }.toSet()
assert !its.buildLog().contains('ALIGN-SOURCE-OF-TRUTH')

def ev = its.assertEvidenceMatchesConsole('check-alignment', 'fail')
assert ev.breaches.every { it.file == truth }
assert ev.breaches*.json_pointer.toSet() == ['/integration_baseline', '/error_code_enum'].toSet()
assert its.checkStatus(ev, 'source-of-truth.schema') == 'fail'
String why = "$truth does not match service-contract-source.v1 (JSON-SCHEMA)"
def skipped = ev.checks.find { it.id == 'alignment.source-of-truth' }
assert skipped.status == 'skipped' && skipped.detail == why
def envelope = ev.checks.find { it.id == 'alignment.envelope' }
assert envelope.status == 'skipped' && envelope.detail.endsWith(why)
['alignment.service-version', 'alignment.error-codes', 'manifest.schema'].each { assert its.checkStatus(ev, it) == 'pass' }
its.load('InventoryAlignment').assertUnchanged([:], truthEdits)
true
