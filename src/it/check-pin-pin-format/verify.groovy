// release_tag "0.3.2" does not match releaseTagPattern and commit_sha is upper case: PIN-FORMAT for both.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['PIN-FORMAT'], optional: ['PIN-RELEASE-TAG', 'PIN-COMMIT-SHA'], at: ['PIN-FORMAT': ['config/integration-pin.json:3', 'config/integration-pin.json:4']])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json')
true
