/*
 * The IT toolkit: the shared assertions of every invoker IT, and the loader of the per-area helpers
 * (GuardSupport, HandoffSupport, ParitySupport, AlignmentSupport, VerdictSupport, ProducerRepo).
 * maven-invoker-plugin hands every hook script the variable `support` (this directory, set by
 * <scriptVariables> in pom.xml) next to `basedir` (the cloned IT directory, target/it/<name>), so a
 * setup.groovy or verify.groovy starts with
 *
 *     def its = evaluate(new File(support, 'ItSupport.groovy'))
 *     def guard = its.load('GuardSupport')      // only where it needs an area's helpers
 *
 * Every script loaded this way shares the caller's binding. The script returns itself so its
 * methods can be called.
 */
import groovy.json.JsonSlurper
import groovy.transform.Field

import java.nio.file.Files
import java.security.MessageDigest
import java.util.regex.Pattern

/**
 * Every rule ID, read from the plugin's own Rule type (target/classes is on the script class path through
 * addTestClassPath): a console breach line names exactly one of them.
 */
@Field static final List<String> RULE_IDS = io.github.cutoverguard.engine.Rule.values()*.id()

/**
 * One breach line: "[ERROR] <file>:<line>:<col> <RULE-ID> <message> (<hint>)", or "<file> <RULE-ID> ..."
 * when the line is unknown, or "<RULE-ID> ..." when no file is involved.
 */
@Field static final Pattern BREACH_LINE = Pattern.compile(
        '^\\[(ERROR|WARNING)\\] (?:(\\S+?)(?::(\\d+)(?::(\\d+))?)? )?(' + RULE_IDS.join('|') + ') (.*)$')

/** A stack frame as Throwable.printStackTrace prints it ("\tat a.B.m(B.java:1)"). */
@Field static final Pattern RAW_STACK_FRAME = Pattern.compile('^\\s+at [a-zA-Z_$][\\w$.]*\\(')

/** A stack frame as Maven's logger prints a logged throwable ("    at a.B.m (B.java:1)"). */
@Field static final Pattern MAVEN_STACK_FRAME = Pattern.compile('^\\s+at [a-zA-Z_$][\\w$.]*\\s\\(')

/** The prefix of this plugin's goals in Maven's "Failed to execute goal" line. */
@Field static final String PLUGIN = 'io.github.cutoverguard:cutover-guardrails-maven-plugin:'

/**
 * The area helper script `name` of this directory (e.g. 'GuardSupport'), sharing this script's binding,
 * with this ItSupport as its `its`.
 */
def load(String name) {
    def area = evaluate(new File(supportDir(), name + '.groovy'))
    area.@its = this  // the area's @Field: a plain `area.its = ...` would set a binding variable instead
    area
}

/** src/it/_support of the plugin project, from the hook scripts' `support` variable. */
File supportDir() {
    File dir = new File(support as String).canonicalFile
    assert new File(dir, 'ItSupport.groovy').file : "the script variable support ($support) is not src/it/_support"
    dir
}

/** The plugin project's checkout (the directory holding src/it/_support). */
File projectRoot() {
    supportDir().parentFile.parentFile.parentFile
}

/** The reference producer's files, the test fixture src/test/resources/reference/producer. */
File referenceDir() {
    new File(projectRoot(), 'src/test/resources/reference/producer')
}

/** A reference file under src/test/resources/reference/producer. */
File reference(String path) {
    File f = new File(referenceDir(), path)
    assert f.file : "no reference file $f"
    f
}

File file(String path) {
    new File(basedir, path)
}

String buildLog() {
    File log = file('build.log')
    assert log.file : "no build.log in $basedir"
    log.getText('UTF-8')
}

/** The breach lines of build.log, parsed. */
List<Map> breachLines() {
    List<Map> result = []
    buildLog().readLines().each { String line ->
        def m = BREACH_LINE.matcher(line)
        if (m.matches()) {
            String location = m.group(2) == null ? null
                    : m.group(2) + (m.group(3) ? ':' + m.group(3) : '') + (m.group(4) ? ':' + m.group(4) : '')
            result << [level: m.group(1), location: location, rule: m.group(5), text: line]
        }
    }
    result
}

/**
 * No crash: no "Exception in thread", no printStackTrace output, and no logged throwable except
 * the one Maven itself prints under "-e" (the invoker runs ITs with showErrors) for a build failed
 * by the designed MojoFailureException: that trace is accepted only after
 * "[ERROR] Failed to execute goal", and only when its exceptions are Maven's
 * LifecycleExecutionException caused by a MojoFailureException.
 */
void assertNoStackTrace() {
    List<String> lines = buildLog().readLines()
    assert !lines.any { it.contains('Exception in thread') } : 'build.log has "Exception in thread"'
    lines.eachWithIndex { String line, int i ->
        assert !RAW_STACK_FRAME.matcher(line).find() : "stack trace in build.log at line ${i + 1}: $line"
    }
    int summary = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal') }
    lines.eachWithIndex { String line, int i ->
        if (MAVEN_STACK_FRAME.matcher(line).find()) {
            assert summary >= 0 && i > summary : "stack trace in build.log at line ${i + 1}: $line"
        }
    }
    if (summary >= 0) {
        List<String> tail = lines.drop(summary)
        tail.findAll { it.startsWith('Caused by: ') }.each {
            assert it.startsWith('Caused by: org.apache.maven.plugin.MojoFailureException') :
                    "unexpected exception in the failure summary: $it"
        }
        tail.findAll { it ==~ /^[a-z][\w.]*\.\w*(Exception|Error)(: .*)?$/ }.each {
            assert it.startsWith('org.apache.maven.lifecycle.LifecycleExecutionException') :
                    "unexpected exception in the failure summary: $it"
        }
    }
}

/**
 * The adversarial corpus's one assertion (src/it/adversary-*, see SECURITY.md): the adversary's change did not
 * end in GO. With no argument nothing may be GO: no verdict line says GO and the build (its last step, where
 * earlier steps prepare the adversary's change) failed: a breach or a configuration error. With decisions (e.g. 'Runtime cutover'), only those must not be GO and each must be
 * printed as NO-GO; the others may be GO (a waived breach may keep the rehearsal going, never buy a cutover).
 */
void assertNotGo(String... decisions) {
    assertNotGoIn(buildLog().readLines(), decisions)
}

/**
 * assertNotGo() for a reactor whose build's verdict comes from verdict-aggregate: a module the adversary did not touch
 * may be GO on its own, so only the build's verdict (the lines from the verdict-aggregate execution on) must not say GO;
 * and the build failed.
 */
void assertBuildNotGo() {
    List<String> lines = buildLog().readLines()
    int from = lines.findIndexOf { it.startsWith('[INFO] --- ') && it.contains(':verdict-aggregate (') }
    assert from >= 0 : 'verdict-aggregate did not run'
    assertNotGoIn(lines.drop(from))
}

void assertNotGoIn(List<String> lines, String... decisions) {
    List<String> all = ['Rehearsal continuation', 'Runtime cutover', 'Handoff publication', 'Build verdict']
    List<String> guarded = decisions ? decisions as List : all
    guarded.each { String d ->
        List<String> go = lines.findAll { it ==~ /^\[(INFO|WARNING|ERROR)\] (\S+: )?\Q${d}\E: GO\b.*/ }
        assert go.isEmpty() : "the adversary got GO: ${go}"
    }
    if (decisions) {
        decisions.each { String d ->
            assert lines.any { it ==~ /^\[(INFO|WARNING|ERROR)\] (\S+: )?\Q${d}\E: NO-GO\b.*/ } :
                    "no '$d: NO-GO' line in build.log"
        }
    } else {
        assert buildResults() && buildResults().last() == 'FAILURE' :
                "the adversary got a green build: ${buildResults()}"
    }
    assertNoStackTrace()
}

/**
 * The build's result lines in order, as "SUCCESS" / "FAILURE" ("[INFO] BUILD SUCCESS"). Maven 3 and
 * Maven 4 up to 4.0.0-rc-4 log "BUILD FAILURE" at INFO; Maven 4.0.0-rc-7 logs it at ERROR.
 */
List<String> buildResults() {
    buildLog().readLines().findAll { it ==~ /^\[(INFO|ERROR)\] BUILD (SUCCESS|FAILURE)$/ }
            .collect { it.substring(it.indexOf('] BUILD ') + '] BUILD '.length()) }
}

void assertBuildSuccess() {
    String log = buildLog()
    assert log.contains('BUILD SUCCESS') : 'expected BUILD SUCCESS'
    assert !log.contains('BUILD FAILURE')
    assertNoStackTrace()
}

/** BUILD FAILURE raised by `goal` of this plugin (a MojoFailureException, no crash); a single-step build. */
void assertBuildFailure(String goal) {
    String log = buildLog()
    assert log.contains('BUILD FAILURE') : 'expected BUILD FAILURE'
    assert !log.contains('BUILD SUCCESS')
    assertFailedIn(goal)
}

/** The build failed in `goal` of this plugin by a breach (a MojoFailureException), with no crash. */
void assertFailedIn(String goal) {
    String log = buildLog()
    assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal ' + PLUGIN) && it.contains(":$goal ") } :
            "the build must fail in the $goal goal"
    assert !log.contains('MojoExecutionException') : 'a breach is a MojoFailureException, not a configuration error'
    assertNoStackTrace()
}

/** The build failed in `goal` of this plugin with a configuration error (a MojoExecutionException), no breach, no crash. */
void assertConfigurationError(String goal) {
    String log = buildLog()
    assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal ' + PLUGIN) && it.contains(":$goal ") } :
            "the build must fail in the $goal goal"
    assert log.contains('MojoExecutionException') : 'expected a configuration error (MojoExecutionException)'
    assert breachLines().isEmpty() : "a configuration error reports no breach: ${breachLines()*.text}"
    assertNoStackTrace()
}

/**
 * A multi-step build (invoker.goals.1, .2, ...) whose steps all log to build.log: asserts the
 * sequence of BUILD SUCCESS / BUILD FAILURE results, e.g. ['SUCCESS', 'FAILURE'].
 */
void assertStepResults(List<String> expected) {
    List<String> results = buildResults()
    assert results == expected : "build results $results, expected $expected"
    assertNoStackTrace()
}

/** The lines of build.log after the first line containing `marker` (e.g. the HANDOFF-STALE breach). */
List<String> linesAfter(String marker) {
    List<String> lines = buildLog().readLines()
    int at = lines.findIndexOf { it.contains(marker) }
    assert at >= 0 : "build.log has no line containing $marker"
    lines.drop(at + 1)
}

/**
 * Asserts the breach lines of build.log.
 * level:    'ERROR' (default) or 'WARNING' - every required rule appears at this level
 * required: rule IDs that must appear
 * optional: rule IDs that may also appear (e.g. PIN-RELEASE-TAG next to PIN-FORMAT); any other ID fails
 * at:       rule ID -> location (or list of locations) that some line of that rule must have,
 *           e.g. 'config/integration-pin.json:3:18'; a location without column matches any column
 */
List<Map> assertBreaches(Map args) {
    String level = args.level ?: 'ERROR'
    Set<String> required = (args.required ?: []) as Set
    Set<String> optional = (args.optional ?: []) as Set
    List<Map> lines = breachLines()
    Set<String> found = lines.collect { it.rule } as Set
    required.each { String rule ->
        assert lines.any { it.rule == rule && it.level == level } :
                "expected a [$level] $rule breach line; breach lines: ${lines*.text}"
    }
    Set<String> unexpected = found - required - optional
    assert unexpected.isEmpty() : "unexpected rule IDs $unexpected; breach lines: ${lines*.text}"
    if (level == 'WARNING') {
        assert !lines.any { it.level == 'ERROR' } : "warn-only run logged [ERROR] breaches: ${lines*.text}"
    }
    (args.at ?: [:]).each { String rule, Object where ->
        ([where].flatten()).each { String loc ->
            assert lines.any { it.rule == rule && it.location != null && (it.location == loc || it.location.startsWith(loc + ':')) } :
                    "expected a $rule breach at $loc; breach lines: ${lines.findAll { it.rule == rule }*.text}"
        }
    }
    lines
}

/** Asserts no breach line at all. */
void assertNoBreaches() {
    List<Map> lines = breachLines()
    assert lines.isEmpty() : "unexpected breach lines: ${lines*.text}"
}

/** target/cutover-guardrails/<goal>.json, parsed. */
Map evidence(String goal) {
    File f = file("target/cutover-guardrails/${goal}.json")
    assert f.file : "evidence file $f was not written"
    new JsonSlurper().parse(f, 'UTF-8') as Map
}

/**
 * Asserts what every goal's evidence file shares: schema, goal, status, and breaches naming exactly
 * the console's rule IDs, one per console breach line.
 */
Map assertEvidenceMatchesConsole(String goal, String status) {
    Map ev = evidence(goal)
    assert ev.schema_version == 'evidence.v1'
    assert ev.goal == goal
    assert ev.status == status : "evidence status is ${ev.status}, expected $status"
    List<Map> console = breachLines()
    assert (ev.breaches.collect { it.rule_id } as Set) == (console.collect { it.rule } as Set) :
            "evidence breaches ${ev.breaches*.rule_id} differ from console ${console*.rule}"
    assert ev.breaches.size() == console.size() : "evidence has ${ev.breaches.size()} breaches, console ${console.size()}"
    ev
}

/**
 * Asserts the evidence file of a check-pin or validate-handoff run: it matches the console
 * ({@link #assertEvidenceMatchesConsole}); a passing run lists no breach and no failed check, any other
 * has breaches (severity "error" for status fail, "warning" for status warn) and a failed check.
 */
Map assertEvidence(String goal, String status) {
    Map ev = assertEvidenceMatchesConsole(goal, status)
    if (status == 'pass') {
        assert ev.breaches.isEmpty()
        assert !ev.checks.any { it.status == 'fail' } : "failed checks in a passing run: ${ev.checks}"
    } else {
        assert !ev.breaches.isEmpty()
        String severity = status == 'warn' ? 'warning' : 'error'
        assert ev.breaches.every { it.severity == severity } : "breach severities ${ev.breaches*.severity}"
        assert ev.checks.any { it.status == 'fail' } : "no failed check listed in ${ev.checks}"
    }
    ev
}

/** The status of one check of the evidence, e.g. 'handoff.stale' -> 'skipped'. */
String checkStatus(Map ev, String id) {
    Map check = ev.checks.find { it.id == id }
    assert check : "evidence lists no check $id: ${ev.checks*.id}"
    check.status
}

/** The SHA-256 of `bytes`, as 64 lower-case hex digits. */
static String sha256(byte[] bytes) {
    MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
}

/** The SHA-256 of the IT's file at `path`. */
String sha256(String path) {
    sha256(Files.readAllBytes(file(path).toPath()))
}

/** The source directory of this IT (src/it/<name>). */
File sourceDir() {
    File dir = new File(supportDir().parentFile, basedir.name)
    assert new File(dir, 'pom.xml').file : "no IT $dir"
    dir
}

/**
 * The shared inputs an IT copies instead of committing a twin (copyShared), by kind of consumer: the path in the IT
 * -> its source under src/. A file of src/it/_support/inputs/<kind>/ at the IT's path is shared too.
 */
@Field static final Map<String, Map<String, String>> SHARED = [
        rehearsal: [
                'config/integration-pin.json'                        : 'test/resources/reference/consumer-rehearsal/memorykernel-integration-pin.json',
                'config/producer-manifest.json'                      : 'test/resources/reference/consumer-rehearsal/memorykernel-producer-manifest.json',
                'contracts/producer-contract-manifest.json'          : 'test/resources/reference/producer/producer-contract-manifest_at-rehearsal.json',
                'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json': 'test/resources/reference/producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'],
        cutover  : [
                'config/integration-pin.json'             : 'test/resources/reference/consumer-post-cutover/memorykernel-integration-pin.json',
                'config/memorykernel-integration-pin.json': 'test/resources/reference/consumer-post-cutover/memorykernel-integration-pin.json',
                'config/producer-manifest.json'           : 'test/resources/reference/consumer-post-cutover/memorykernel-producer-manifest.json',
                'config/memorykernel-producer-manifest.json': 'test/resources/reference/consumer-post-cutover/memorykernel-producer-manifest.json',
                'contracts/producer-contract-manifest.json': 'test/resources/reference/consumer-post-cutover/memorykernel-producer-manifest.json'],
        guard    : [
                'config/integration-pin.json': 'test/resources/reference/consumer-rehearsal/memorykernel-integration-pin.json'],
        billing  : [
                'contracts/producer-contract-manifest.json': 'it/_support/handoff/billing-producer-contract-manifest.json'],
        // an inventory-service producer released v5.4.0 (stock.v5) and prepares v6.0.0 (stock.v6): the released and the
        // prepared manifest (inputs/inventory), and a storefront consumer that mirrored the prepared one
        inventory: [
                'config/producer-manifest.json': 'it/_support/inputs/inventory/contracts/next/producer-contract-manifest.json']]

/** The shared input of a `kind` of consumer (see SHARED) an IT has at `path`. */
File sharedInput(String kind, String path) {
    assert SHARED.containsKey(kind) : "no shared inputs of kind $kind"
    File own = new File(supportDir(), "inputs/$kind/$path")
    File source = own.file ? own : SHARED[kind][path] ? new File(projectRoot(), 'src/' + SHARED[kind][path]) : null
    assert source?.file : "no shared $kind input at $path"
    source
}

/**
 * setup.groovy: copies the shared, unchanged inputs of a `kind` of consumer (see SHARED) into the IT at `paths` (none:
 * every input of that kind, e.g. the guard's whole consumer project), before anything else reads them; the case's own
 * files (its change) stay committed in its directory. assertInputsUnchanged compares a copied input with what was copied.
 */
void copyShared(String kind, String... paths) {
    (paths ? paths as List : sharedPaths(kind)).each { String path -> writeShared(path, sharedInput(kind, path).bytes) }
}

/** As copyShared(kind), every input of the kind but those the IT has `except` (its own, or none at all). */
void copyShared(Map opts, String kind) {
    List<String> except = opts.except ?: []
    assert except.every { it in sharedPaths(kind) } : "not shared $kind inputs: ${except - sharedPaths(kind)}"
    copyShared(kind, (sharedPaths(kind) - except) as String[])
}

/** The paths of every shared input of a `kind` of consumer. */
List<String> sharedPaths(String kind) {
    File dir = new File(supportDir(), "inputs/$kind")
    List<String> own = []
    if (dir.directory) {
        dir.eachFileRecurse(groovy.io.FileType.FILES) { own << dir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    }
    ((SHARED[kind]?.keySet() ?: []) + own).sort()
}

/**
 * setup.groovy: writes the shared input of a `kind` of consumer at `path` with exactly the given `edits` ([from: to, ...],
 * each `from` occurring once: the case's change, in one place). assertInputsUnchanged compares it with what was written.
 */
void editShared(String kind, String path, Map<String, String> edits) {
    String text = sharedInput(kind, path).getText('UTF-8')
    edits.each { String from, String to ->
        assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in the shared $path: $from"
        text = text.replace(from, to)
    }
    writeShared(path, text.getBytes('UTF-8'))
}

private void writeShared(String path, byte[] content) {
    assert !new File(sourceDir(), path).exists() : "$path is the IT's own: a shared input never replaces it"
    File target = file(path)
    target.parentFile.mkdirs()
    target.bytes = content
    Map<String, byte[]> written = context.computeIfAbsent('sharedInputs') { [:] }
    written[path] = content
}

/**
 * The goal never modifies an input: each file is byte-identical to its committed source, or, for a shared input
 * setup.groovy wrote (copyShared, editShared), to what it wrote.
 */
void assertInputsUnchanged(String... paths) {
    Map<String, byte[]> shared = context.sharedInputs ?: [:]
    paths.each { String path ->
        if (shared.containsKey(path)) {
            assert file(path).file : "$path disappeared"
            assert file(path).bytes == shared[path] : "$path was modified by the build"
            return
        }
        File source = new File(sourceDir(), path)
        assert source.file : "no committed source for $path"
        assert file(path).file : "$path disappeared"
        assert file(path).bytes == source.bytes : "$path was modified by the build"
    }
}

/**
 * The command that runs Maven as the invoker runs the ITs: the Maven running them, the ITs' settings
 * (src/it/settings.xml: the outer build's local repository as a remote) and their local repository, which
 * holds the plugin under test.
 */
List<String> mavenCommand() {
    String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    File settings = File.createTempFile('it-settings', '.xml')
    settings.deleteOnExit()
    settings.setText(new File(supportDir(), '../settings.xml').getText('UTF-8')
            .replace('@localRepositoryUrl@', new File(outerRepository as String).toURI().toString()), 'UTF-8')
    [mvn, '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()]
}

/**
 * Runs `mvn -B <args>` in this IT's directory, from setup.groovy: a build before the invoker's (e.g. the green
 * run an adversary's change follows), outside any git repository above the IT directory. Returns its output, also
 * written to `logName`; `expectedExit` is the exit code it must end with.
 */
String runMaven(List<String> args, String logName, int expectedExit = 0) {
    def process = new ProcessBuilder(mavenCommand() + ['-B'] + args).directory(basedir).redirectErrorStream(true)
    process.environment().put('GIT_CEILING_DIRECTORIES', basedir.parentFile.path)
    File logFile = new File(basedir, logName)
    def running = process.start()
    logFile.withOutputStream { out -> running.inputStream.transferTo(out) }
    int exit = running.waitFor()
    String log = logFile.getText('UTF-8')
    assert exit == expectedExit : "mvn ${args.join(' ')} exited with $exit; its last lines:\n" +
            log.readLines().takeRight(40).join('\n')
    log
}

return this
