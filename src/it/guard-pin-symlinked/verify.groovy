// Issue #25 defect 6: a committed symlinked pin is refused as a link, not reported as changed since HEAD.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertBuildFailure('guard')
def lines = its.assertBreaches(required: ['FILE-MISSING'])
assert lines.size() == 1
File outside = new File(basedir.parentFile, basedir.name + '.shared/stock-pin.json')
assert lines[0].text.contains('FILE-MISSING config/integration-pin.json is a symbolic link to ' + outside.path +
        '; inputs must be regular files inside the project, and links are never followed')
assert !its.buildLog().contains('changed since HEAD')
assert java.nio.file.Files.isSymbolicLink(new File(basedir, 'config/integration-pin.json').toPath()) : 'the link was replaced'
true
