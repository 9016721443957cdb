// MANIFEST-SOURCE with the diff against the producer's manifest at the tag; nothing else.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['MANIFEST-SOURCE'], at: ['MANIFEST-SOURCE': 'config/producer-manifest.json'])
String log = its.buildLog()
assert log.contains('config/producer-manifest.json is not byte-identical to producer-repo:contracts/producer-contract-manifest.json at v7.4.0')
assert log.contains('-    "internal_error"') && log.contains('+    "server_error"')
def evidence = its.assertEvidence('check-pin', 'fail')
assert its.checkStatus(evidence, 'git.tag-sha') == 'pass'
repin.assertUnchanged()
true
