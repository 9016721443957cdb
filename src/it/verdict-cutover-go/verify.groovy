// Cutover mode on the post-cutover pin with a valid joint approval: rehearsal GO and runtime cutover GO.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/ItSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def its = evaluate(new File(root, 'src/it/_support/ItSupport.groovy'))
def verdict = evaluate(new File(root, 'src/it/_support/VerdictSupport.groovy'))
its.assertBuildSuccess()
its.assertNoStackTrace()
verdict.assertVerdicts(its, 'GO', 'GO')
assert its.buildLog().contains('[INFO] Runtime cutover: GO (rehearsal GO and a joint approval of v0.4.0 / service.v3 with every gate passed)')
def json = verdict.assertReports(its, 'GO', 'GO')
assert json.mode == 'cutover'
assert json.goals*.goal.last() == 'cutover-approval'
its.assertInputsUnchanged('approval/cutover-approval.json')
true
