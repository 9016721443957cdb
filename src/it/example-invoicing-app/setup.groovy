// Runs the invoicing-app example exactly as its README says (.ci/run-walkthrough, the script .ci/run uses too), with
// this Maven and the ITs' settings and local repository, in this directory: from no pin to a green verdict.
// Then makes the change the README's "A breach" section describes; the invoker build is its `mvn -B verify`.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def example = its.load('ExampleSupport')
String log = example.walkthrough('examples/invoicing-app')
example.assertShownOutput('4. The verdict', log)
assert log.contains('Changed config/integration-pin.json:') && log.contains('[INFO] repin: PASS') : 'step 2: repin wrote the pin'
assert log.readLines().count { it == '[INFO] BUILD SUCCESS' } == 2 : 'steps 2 and 4 end in BUILD SUCCESS'
def pin = new groovy.json.JsonSlurper().parse(its.file('config/integration-pin.json'))
assert pin.billing_repo == 'https://git.example.org/billing/billing-service.git'
assert pin.release_tag == 'v7.4.0' && pin.commit_sha == '583efe23e61c0f58392a2759e4de2b4ce6c7347a'
def verdict = new groovy.json.JsonSlurper().parse(its.file('target/cutover-guardrails/verdict.json'))
assert verdict.rehearsal_continuation.decision == 'GO' && verdict.runtime_cutover.decision == 'NO-GO'
example.assertPassed(verdict, ['git.tag-sha', 'manifest.source', 'handoff.baseline', 'guard.pin-unchanged',
                               'guard.fallback', 'docs.'])

// step 5: "Change release_tag in config/integration-pin.json to v7.4.1"
File pinFile = its.file('config/integration-pin.json')
String text = pinFile.getText('UTF-8')
assert text.contains('"release_tag": "v7.4.0"')
pinFile.setText(text.replace('"release_tag": "v7.4.0"', '"release_tag": "v7.4.1"'), 'UTF-8')
true
