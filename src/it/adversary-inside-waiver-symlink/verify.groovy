// Adversary (#25 defect 6): the waiver file is a link outside the repository: refused, so the pin change is not waived.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertNotGo()
def lines = its.assertBreaches(required: ['FILE-MISSING', 'GUARD-PIN-CHANGED'])
File outside = new File(basedir.parentFile, basedir.name + '.shared/cutover-waivers.json')
assert lines.any { it.rule == 'FILE-MISSING' && it.text.contains('config/cutover-waivers.json is a symbolic link to ' +
        outside.path + '; inputs must be regular files inside the project, and links are never followed') }
assert lines.any { it.rule == 'GUARD-PIN-CHANGED' && it.text.contains('config/integration-pin.json changed since HEAD') }
assert !its.buildLog().contains('Waived: ')
true
