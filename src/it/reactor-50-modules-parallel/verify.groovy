// 50 modules, -T 4, three runs: every run succeeds, every module passes, no thread-safety warning.
import groovy.json.JsonSlurper

def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertNoStackTrace()
List<String> lines = its.buildLog().readLines()
assert lines.count { it.contains('BUILD SUCCESS') } == 3 : 'each of the three -T 4 builds succeeds'
assert lines.count { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 4') } == 3
assert !lines.any { it.toLowerCase().contains('not thread-safe') || it.toLowerCase().contains('not marked as @threadsafe') }
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING] config/') }
(1..50).each { i ->
    String name = String.format('m%02d', i)
    ['check-pin', 'validate-handoff', 'check-docs'].each { goal ->
        File report = new File(basedir, "$name/target/cutover-guardrails/${goal}.json")
        assert report.file : "$report is missing"
        Map evidence = new JsonSlurper().parse(report)
        assert evidence.goal == goal && evidence.status == 'pass' : "$report: ${evidence.status}"
        assert evidence.inputs.every { !it.path.startsWith('/') } : "$report names inputs outside $name: ${evidence.inputs}"
    }
    // the inputs of every module are untouched
    ['config/integration-pin.json', 'config/producer-manifest.json', 'docs/COMPATIBILITY_MATRIX.md', 'handoff/candidate.json'].each { p ->
        assert new File(basedir, "$name/$p").bytes == new File(basedir, "template/$p").bytes : "$name/$p changed"
    }
}
assert lines.count { it.contains('check-pin: PASS') } == 150
assert lines.count { it.contains('validate-handoff: PASS') } == 150
assert lines.count { it.contains('check-docs: PASS') } == 150
true
