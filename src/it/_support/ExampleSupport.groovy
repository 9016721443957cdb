/*
 * The example ITs: run an example's README as a reader would, and hold it to the output it shows. Load with
 * its.load('ExampleSupport') from setup.groovy and verify.groovy.
 *
 * walkthrough() runs .ci/run-walkthrough (the script .ci/run uses) with the Maven running the ITs, their settings
 * and local repository; the README's ```text blocks are the output it promises, checked line by line ("…" stands for
 * text the README leaves out).
 */
import groovy.transform.Field

/** The loaded ItSupport (set by its.load). */
@Field def its

/**
 * Copies the example (a path in the plugin's checkout) into this IT's directory and runs every ```bash block of its
 * README there; asserts it ends with exit code 0 and returns its output (also in walkthrough.log).
 */
String walkthrough(String example) {
    File root = its.projectRoot()
    List<String> command = its.mavenCommand()
    def process = new ProcessBuilder('bash', new File(root, '.ci/run-walkthrough').path, new File(root, example).path, basedir.path)
            .directory(basedir).redirectErrorStream(true)
    process.environment().put('CUTOVER_MVN', command.join(' '))
    File logFile = new File(basedir, 'walkthrough.log')
    def running = process.start()
    logFile.withOutputStream { out -> running.inputStream.transferTo(out) }
    int exit = running.waitFor()
    String log = logFile.getText('UTF-8')
    assert exit == 0 : "the walkthrough of $example/README.md failed (exit $exit); its last lines:\n" +
            log.readLines().takeRight(40).join('\n')
    log
}

/** The lines of the first ```text block after the heading `## <section>` of the README now in this directory. */
List<String> shownOutput(String section) {
    List<String> lines = its.file('README.md').readLines('UTF-8')
    int heading = lines.findIndexOf { it == "## $section" }
    assert heading >= 0 : "README.md has no section '## $section'"
    int start = lines.findIndexOf(heading) { it == '```text' }
    assert start > heading : "section '$section' of README.md shows no output (```text block)"
    int end = lines.findIndexOf(start + 1) { it == '```' }
    lines.subList(start + 1, end)
}

/** Every line the README shows under `section` is a line of `log`; "…" matches any text. */
void assertShownOutput(String section, String log) {
    List<String> actual = log.readLines()
    shownOutput(section).each { String shown ->
        def pattern = ~('^' + shown.split('…', -1).collect { java.util.regex.Pattern.quote(it) }.join('.*') + '$')
        assert actual.any { it ==~ pattern } : "README.md, section '$section', shows a line the run did not print:\n$shown"
    }
}

/** The breaches the README shows under `section` are exactly the build's (rule IDs and locations), lines as shown. */
void assertShownBreaches(String section) {
    List<Map> shown = []
    shownOutput(section).each { String line ->
        def m = its.BREACH_LINE.matcher(line)
        if (m.matches()) {
            shown << [rule: m.group(5), location: m.group(2) == null ? null : [m.group(2), m.group(3), m.group(4)].findAll().join(':')]
        }
    }
    assert !shown.isEmpty() : "section '$section' of README.md shows no breach"
    List<Map> actual = its.breachLines().collect { [rule: it.rule, location: it.location] }
    assert actual as Set == shown as Set : "README.md, section '$section', shows $shown; the build reported $actual"
    assertShownOutput(section, its.buildLog())
}

/** Each check of verdict.json named in `ids` (exactly, or as a prefix ending in '.') passed. */
void assertPassed(Map verdict, List<String> ids) {
    List<Map> checks = verdict.goals.collectMany { it.checks }
    ids.each { String id ->
        List<Map> found = checks.findAll { it.id == id || (id.endsWith('.') && it.id.startsWith(id)) }
        assert !found.isEmpty() : "verdict.json has no check $id: ${checks*.id}"
        assert found.every { it.status == 'pass' } : "$id: ${found*.status}"
    }
}
this
