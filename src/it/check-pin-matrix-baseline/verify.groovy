// The compatibility matrix's release-tag line names v0.3.1 instead of the baseline v0.3.2: MATRIX-BASELINE.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('check-pin')
its.assertBreaches(required: ['MATRIX-BASELINE'], at: ['MATRIX-BASELINE': 'docs/COMPATIBILITY_MATRIX.md:7'])
its.assertEvidence('check-pin', 'fail')
its.assertInputsUnchanged('config/integration-pin.json', 'docs/COMPATIBILITY_MATRIX.md')
true
