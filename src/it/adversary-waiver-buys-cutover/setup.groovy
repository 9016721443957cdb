// main pins v7.4.0 and the approval record approves v7.4.0 -> v8.0.0; the working tree's pin names v8.0.1 (no such tag),
// and config/cutover-waivers.json waives each breach that causes, for 30 days from today.
import java.time.LocalDate
import java.time.ZoneOffset
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.pinnedToOldOnMain()
File pin = new File(basedir, 'config/integration-pin.json')
pin.setText(pin.getText('UTF-8').replace('v7.4.0', 'v8.0.1').replace(shas.old, shas.new).replace('billing.v7', 'billing.v8'), 'UTF-8')
String expires = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()
List<String> waivers = ['PIN-RELEASE-TAG', 'PIN-SERVICE-CONTRACT', 'MANIFEST-ALIGNMENT', 'MANIFEST-HASH', 'MANIFEST-SOURCE',
                        'GIT-TAG-SHA', 'GUARD-PIN-CHANGED', 'MATRIX-BASELINE', 'MATRIX-APPROVED-ROW'].collect {
    """    {"rule": "$it", "reason": "the v8.0.1 tag is pushed tomorrow", "owner": "orders-team", "expires": "$expires"}"""
}
repin.write('config/cutover-waivers.json', '{\n  "schema_version": "cutover-waivers.v1",\n  "waivers": [\n' +
        waivers.join(',\n') + '\n  ]\n}\n')
true
