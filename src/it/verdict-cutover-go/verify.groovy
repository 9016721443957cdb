// Cutover mode on the post-cutover pin with a valid joint approval: rehearsal GO and runtime cutover GO.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def verdict = its.load('VerdictSupport')
its.assertBuildSuccess()
its.assertNoStackTrace()
verdict.assertVerdicts('GO', 'GO')
assert its.buildLog().contains('[INFO] Runtime cutover: GO (rehearsal GO and a joint approval of v0.4.0 / service.v3 with every gate passed)')
def json = verdict.assertReports('GO', 'GO')
assert json.mode == 'cutover'
assert json.goals*.goal.last() == 'cutover-approval'
its.assertInputsUnchanged('approval/cutover-approval.json')
true
