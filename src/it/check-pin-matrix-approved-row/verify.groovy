// The matrix has the baseline lines but its v0.3.2 row holds an abbreviated SHA, so no row has tag and full SHA side by side: MATRIX-APPROVED-ROW.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['MATRIX-APPROVED-ROW'], at: ['MATRIX-APPROVED-ROW': 'docs/COMPATIBILITY_MATRIX.md:18'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json', 'docs/COMPATIBILITY_MATRIX.md')
true
