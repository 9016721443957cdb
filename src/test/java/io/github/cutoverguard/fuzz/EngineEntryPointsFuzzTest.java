package io.github.cutoverguard.fuzz;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.handoff.GenerateHandoffRequest;
import io.github.cutoverguard.engine.docs.CheckDocsRequest;
import io.github.cutoverguard.engine.RunContext;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.docs.DocumentSpec;
import io.github.cutoverguard.engine.guard.Guard;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.handoff.GenerateHandoff;
import io.github.cutoverguard.engine.handoff.HandoffSettings;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.matrix.CompatibilityMatrix;
import io.github.cutoverguard.engine.matrix.MatrixCarriesBaseline;
import io.github.cutoverguard.engine.matrix.MatrixHasApprovedRow;
import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.parity.VerifyParityRequest;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.schema.SchemaProblem;
import io.github.cutoverguard.engine.verdict.Verdict;
import io.github.cutoverguard.engine.verdict.VerdictAggregate;
import io.github.cutoverguard.engine.verdict.VerdictRequest;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every engine goal through its entry point, with the fuzzed bytes written to the files the goal
 * reads (one input packs several files, joined with {@link FuzzSupport#SEPARATOR}; see docs/FUZZING.md).
 * Each goal must return a result, never throw anything but its documented configuration error, and that
 * result must be sound ({@link FuzzSupport#assertSound}); some goals have a stronger oracle of their own.
 * The {@code @Timeout}s bound each input: in a separate thread in regression mode (so a replayed hang fails
 * instead of hanging the build), as libFuzzer's {@code -timeout} when fuzzing.
 */
class EngineEntryPointsFuzzTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);
    static final Baseline REHEARSAL = new Baseline("v0.3.2", "cf331449e1589581a5dcbb3adecd3e9ae4509277", "service.v2",
            "api.v1", "integration/v1");
    static final Baseline CUTOVER = new Baseline("v0.4.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922", "service.v3",
            "api.v1", "integration/v1");
    static final List<String> CODES = List.of("invalid_json", "validation_error", "context_package_not_found",
            "write_conflict", "write_failed", "schema_unavailable", "migration_failed", "query_failed",
            "context_lookup_failed", "internal_error");
    /** Small enough that a fuzzed input reaches it. */
    static final InputLimits LIMITS = new InputLimits(64 * 1024, 32, 4096, 64);

    @TempDir
    static Path root;

    /** A producer clone with the tag v0.3.2, for check-pin's git.tag-sha check. */
    private static Path producer;
    /** A consumer clone whose branch main holds the pin, for guard's pin-unchanged check. */
    private static Path consumer;

    @BeforeAll
    static void repositories() throws IOException, GitAPIException {
        producer = root.resolve("producer");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(producer.toFile()).call()) {
            FuzzSupport.write(producer, "README.md", "producer\n".getBytes(StandardCharsets.UTF_8));
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("fuzz", "fuzz@example.com", Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
            git.commit().setAuthor(who).setCommitter(who).setMessage("release").setSign(false).call();
            git.tag().setName("v0.3.2").setAnnotated(false).call();
        }
        consumer = root.resolve("guard");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(consumer.toFile()).call()) {
            FuzzSupport.write(consumer, "config/integration-pin.json",
                    Files.readAllBytes(reference("consumer-rehearsal/memorykernel-integration-pin.json")));
            git.add().addFilepattern("config").call();
            PersonIdent who = new PersonIdent("fuzz", "fuzz@example.com", Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
            git.commit().setAuthor(who).setCommitter(who).setMessage("pin").setSign(false).call();
        }
    }

    private static Path reference(String relative) {
        try {
            return Path.of(EngineEntryPointsFuzzTest.class.getResource("/reference/" + relative).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path project(String name) {
        return root.resolve(name);
    }

    private static Map<String, byte[]> write(Path project, String[] files, byte[][] parts) {
        for (int i = 0; i < files.length; i++) {
            FuzzSupport.write(project, files[i], parts[i]);
        }
        return FuzzSupport.contents(files, parts);
    }

    // ---- check-pin --------------------------------------------------------------------------------------

    private static final String[] PIN_FILES = {"config/integration-pin.json", "config/producer-manifest.json",
            "docs/COMPATIBILITY_MATRIX.md"};

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "\"release_tag\"", "\"commit_sha\"", "service.v3", "release tag:", "commit SHA:",
            "1e400", "99999999999999999999", "-0", "0.0", "1.5", "3000000000"})
    void checkPin(byte[] data) {
        Path project = project("check-pin");
        byte[][] parts = FuzzSupport.parts(data, PIN_FILES.length);
        Map<String, byte[]> contents = write(project, PIN_FILES, parts);
        CheckPinRequest request = new CheckPinRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                REHEARSAL, "service.v3", LIMITS, CLOCK, null), Path.of(PIN_FILES[0]), Path.of(PIN_FILES[1]),
                Path.of(PIN_FILES[2]), CODES, producer, null, null);
        GoalResult result = request.run();
        FuzzSupport.assertSound(result, contents, project.resolve("target/reports"));
    }

    // ---- validate-handoff and generate-handoff ------------------------------------------------------------

    private static final String[] HANDOFF_FILES = {"handoff.json", "contracts/producer-contract-manifest.json",
            "schemas/handoff.schema.json"};

    private static HandoffSettings settings() {
        return HandoffRequests.settings("org/memorykernel", "service.v3").cutoverGatesDoc("docs/CUTOVER_GATES.md")
                .requiredChecks(List.of("./mvnw -B verify"), List.of("./mvnw -B verify")).build();
    }

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "\"payload_contract_version\"", "\"handoff_mode\"", "\"pattern\"",
            "\"$ref\"", "rehearsal-handoff.v1", "1e400", "99999999999999999999", "-0", "0.0", "1.5", "3000000000"})
    void validateHandoff(byte[] data) {
        Path project = project("validate-handoff");
        byte[][] parts = FuzzSupport.parts(data, HANDOFF_FILES.length);
        Map<String, byte[]> contents = write(project, HANDOFF_FILES, parts);
        ValidateHandoffRequest request = HandoffRequests.validate(new RunContext(new ProjectFiles(project),
                Mode.REHEARSAL, REHEARSAL, "service.v3", LIMITS, CLOCK, null), Path.of(HANDOFF_FILES[0]))
                .schemaFile(parts[2] == null ? null : Path.of(HANDOFF_FILES[2])).producerManifestFile(Path.of(HANDOFF_FILES[1]))
                .requiredChecks(List.of(), List.of("./mvnw -B verify")).staleCheck(settings()).build();
        GoalResult result;
        try {
            result = request.run();
        } catch (SchemaProblem e) {
            // documented: an unusable schemaFile is a configuration error, reported with the file
            assertThat(parts[2]).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        FuzzSupport.assertSound(result, contents, project.resolve("target/reports"));
        assertThat(result.acceptance() == null || result.acceptance().sha256().length() == 64).isTrue();
    }

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "\"expected_service_contract_version\"", "\"error_code_enum\"",
            "\"minimum_sprint_days\"", "\"generated_at_utc\"", "1e400", "99999999999999999999", "-0", "0.0", "1.5",
            "3000000000"})
    void generateHandoff(byte[] data) throws IOException {
        Path project = project("generate-handoff");
        String[] files = {"contracts/producer-contract-manifest.json", "handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"};
        byte[][] parts = FuzzSupport.parts(data, files.length);
        Map<String, byte[]> contents = write(project, files, parts);
        GenerateHandoffRequest request = new GenerateHandoffRequest(new RunContext(new ProjectFiles(project),
                Mode.REHEARSAL, REHEARSAL, null, LIMITS, CLOCK, null), Path.of(files[0]), Path.of(files[1]), settings(),
                CLOCK.instant());
        GenerateHandoff.Generated generated = GenerateHandoff.run(request);
        FuzzSupport.assertSound(generated.result(), contents, project.resolve("target/reports"));
        if (generated.outcome() != GenerateHandoff.Outcome.NOT_GENERATED) {
            // what it wrote (or kept) is what it generates again: a second run leaves the file alone
            GenerateHandoff.Generated again = GenerateHandoff.run(request);
            assertThat(again.outcome()).isEqualTo(GenerateHandoff.Outcome.UNCHANGED);
        }
    }

    // ---- verify-parity ----------------------------------------------------------------------------------

    /**
     * The input is a list of lines: {@code c path=content} (a canonical file), {@code m path=content} (a mirror
     * file), {@code b path=content} (both), {@code l path=target} / {@code k path=target} (a symbolic link in
     * the canonical pack / the mirror), {@code i glob} / {@code x glob} (includes / excludes). Without links,
     * the breaches must be exactly the missing, extra and differing selected files.
     */
    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"c ", "m ", "b ", "l ", "k ", "i ", "x ", "**/", "*.json", "/../", "="})
    void verifyParity(byte[] data) throws IOException {
        Path project = project("verify-parity");
        FuzzSupport.deleteTree(project);
        Path pack = project.resolve("pack");
        Path mirror = project.resolve("mirror");
        Files.createDirectories(pack);
        Files.createDirectories(mirror);
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean links = false;
        int entries = 0;
        for (String line : new String(data, StandardCharsets.UTF_8).split("\n")) {
            if (line.length() < 2 || line.charAt(1) != ' ' || ++entries > 40) {
                continue;
            }
            String body = line.substring(2);
            int eq = body.indexOf('=');
            String path = safePath(eq < 0 ? body : body.substring(0, eq));
            byte[] content = (eq < 0 ? "" : body.substring(eq + 1)).getBytes(StandardCharsets.UTF_8);
            switch (line.charAt(0)) {
                case 'c' -> create(pack, path, content);
                case 'm' -> create(mirror, path, content);
                case 'b' -> {
                    create(pack, path, content);
                    create(mirror, path, content);
                }
                case 'l', 'k' -> links |= link(line.charAt(0) == 'l' ? pack : mirror, path,
                        eq < 0 ? "" : body.substring(eq + 1));
                case 'i' -> includes.add(body);
                case 'x' -> excludes.add(body);
                default -> {
                }
            }
        }
        GlobSelection selection = VerifyParityRequest.selection(includes, excludes);
        VerifyParityRequest request = new VerifyParityRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                REHEARSAL, null, null, CLOCK, null), Path.of("pack"), List.of(Path.of("mirror")), selection, false, 2);
        GoalResult result = request.run();
        FuzzSupport.assertSound(result, Map.of(), root.resolve("reports-verify-parity"));
        if (links) {
            return;
        }
        Map<String, String> canonical = regularFiles(pack, selection);
        Map<String, String> copy = regularFiles(mirror, selection);
        Set<String> expected = new HashSet<>();
        for (String rel : canonical.keySet()) {
            if (!copy.containsKey(rel)) {
                expected.add("PARITY-MISSING mirror/" + rel);
            } else if (!canonical.get(rel).equals(copy.get(rel))) {
                expected.add("PARITY-DIFFERENT mirror/" + rel);
            }
        }
        for (String rel : copy.keySet()) {
            if (!canonical.containsKey(rel)) {
                expected.add("PARITY-EXTRA mirror/" + rel);
            }
        }
        CheckResult check = result.checks().stream().filter(c -> c.id().equals("parity.mirror")).findFirst().orElseThrow();
        assertThat(check.breaches()).extracting(b -> b.ruleId() + " " + b.file())
                .as("selection %s", selection).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.checks().get(0).breaches()).as("canonical pack problems").isEmpty();
    }

    /** A relative path inside the root: no empty, {@code .} or {@code ..} segments, short names, no NUL. */
    private static String safePath(String raw) {
        List<String> segments = new ArrayList<>();
        for (String segment : raw.replace("\0", "").split("/")) {
            if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..") && segments.size() < 6) {
                segments.add(segment.length() > 40 ? segment.substring(0, 40) : segment);
            }
        }
        return segments.isEmpty() ? "empty" : String.join("/", segments);
    }

    private static void create(Path root, String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.write(file, content);
            }
        } catch (IOException e) {
            // a file where a directory should be, a name the file system refuses: that entry is left out
        }
    }

    private static boolean link(Path root, String path, String target) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.createSymbolicLink(file, Path.of(target.isEmpty() ? "." : target.replace("\0", "")));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The regular files under {@code root} the selection picks, relative path to content, by a plain walk. */
    private static Map<String, String> regularFiles(Path root, GlobSelection selection) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (selection.selectsFile(rel)) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    // ---- check-alignment --------------------------------------------------------------------------------

    private static final String[] ALIGNMENT_FILES = {"api/openapi", "contracts/producer-contract-manifest.json",
            "contracts/service-contract-source-of-truth.json", "contracts/schemas/a.schema.json",
            "contracts/schemas/b.schema.json"};

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "$ref", "#/components/schemas/", "#/components/responses/", "\"4XX\"",
            "default", "enum", "required", "$id", "openapi: 3.1.0", "1e400", "99999999999999999999", "-0", "1.5"})
    void checkAlignment(byte[] data) {
        Path project = project("check-alignment");
        byte[][] parts = FuzzSupport.parts(data, ALIGNMENT_FILES.length);
        Map<String, byte[]> contents = write(project, ALIGNMENT_FILES, parts);
        CheckAlignmentRequest request = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project),
                Mode.REHEARSAL, REHEARSAL, "service.v3", LIMITS, CLOCK, null), Path.of(ALIGNMENT_FILES[0]),
                Path.of(ALIGNMENT_FILES[1]), Path.of(ALIGNMENT_FILES[2]), Path.of("contracts/schemas"), null, null,
                null, List.of("GET /v1/health", "/v1/context/{context_package_id}"), null);
        GoalResult result = request.run();
        FuzzSupport.assertSound(result, contents, project.resolve("target/reports"));
    }

    // ---- check-docs -------------------------------------------------------------------------------------

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "Updated: ", "- MemoryKernel release tag: `v0.3.2`"})
    void checkDocs(byte[] data) {
        Path project = project("check-docs");
        String[] files = {"docs/COMPATIBILITY_MATRIX.md", "docs/CUTOVER.md"};
        byte[][] parts = FuzzSupport.parts(data, files.length);
        Map<String, byte[]> contents = write(project, files, parts);
        List<DocumentSpec> documents = List.of(
                new DocumentSpec(Path.of(files[0]), true, List.of("- MemoryKernel release tag: `${pin.release_tag}`",
                        "- MemoryKernel commit SHA: `${pin.commit_sha}`")),
                new DocumentSpec(Path.of(files[1]), false, List.of("Runtime stays on ${pin.service_contract}.")));
        GoalResult result = (new CheckDocsRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, REHEARSAL,
                null, LIMITS, CLOCK, null), documents)).run();
        FuzzSupport.assertSound(result, contents, project.resolve("target/reports"));
    }

    // ---- guard ------------------------------------------------------------------------------------------

    private static final String[] GUARD_FILES = {"config/integration-pin.json", "src/main/resources/application.yml",
            "src/main/resources/application.properties", "src/main/resources/feature.json",
            "src/main/java/com/example/web/ContextController.java",
            "target/surefire-reports/TEST-com.example.memorykernel.MemoryKernelClientTest.xml"};

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "service.v3", "service_v3_", "/v1/context-packages", "<testcase ",
            "<failure ", "<skipped/>", "classname=", "# ", ": |", "\\", "1e400", "99999999999999999999", ".inf"})
    void guard(byte[] data) {
        byte[][] parts = FuzzSupport.parts(data, GUARD_FILES.length);
        Map<String, byte[]> contents = write(consumer, GUARD_FILES, parts);
        GuardRequest request = new GuardRequest(new RunContext(new ProjectFiles(consumer), Mode.REHEARSAL, REHEARSAL,
                "service.v3", LIMITS, CLOCK, null), new GuardRequest.Pin(Path.of(GUARD_FILES[0]), "main", false, null),
                new GuardRequest.RuntimeSwitch(GuardRequest.compilePatterns(List.of("service_v3_\\w+")), null, null),
                new GuardRequest.Boundary(List.of("/v1/context-packages", "/v1/memory-writes"),
                        List.of("src/main/java/**/memorykernel/MemoryKernelClient.java"), null),
                new GuardRequest.Fallback(List.of("MemoryKernelClientTest#fallback*", "*FallbackIT"), null, null));
        GoalResult result = request.run();
        FuzzSupport.assertSound(result, contents, root.resolve("reports-guard"));
    }

    // ---- the compatibility matrix -----------------------------------------------------------------------

    @FuzzTest
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"- MemoryKernel release tag: `", "- MemoryKernel commit SHA: `", "| ", " |", "`",
            "cf331449e1589581a5dcbb3adecd3e9ae4509277", "v0.3.2", "Approved"})
    void compatibilityMatrix(byte[] data) {
        CompatibilityMatrix matrix = CompatibilityMatrix.of(FuzzSupport.raw("docs/COMPATIBILITY_MATRIX.md", data));
        int lines = FuzzSupport.maxLines(data);
        for (String kind : List.of("release tag", "commit sha")) {
            matrix.baselineLines(kind).forEach(l -> assertThat(l.line()).isBetween(1, lines));
        }
        matrix.rows().forEach(r -> assertThat(r.line()).isBetween(1, lines));
        List<Breach> breaches = new ArrayList<>(new MatrixCarriesBaseline(REHEARSAL).check(matrix));
        breaches.addAll(new MatrixHasApprovedRow(REHEARSAL).check(matrix));
        for (Breach breach : breaches) {
            assertThat(breach.file()).isEqualTo("docs/COMPATIBILITY_MATRIX.md");
            FuzzSupport.assertInside(breach.location(), data, breach.ruleId());
        }
    }

    // ---- verdict (cutover mode reads the joint approval) -------------------------------------------------

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "\"schema_version\"", "cutover-approval.v1", "\"approved\"", "\"gates\"",
            "v0.4.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922", "1e400", "99999999999999999999", "-0"})
    void verdict(byte[] data) throws SchemaProblem {
        Path project = project("verdict");
        String[] files = {"cutover-approval.json", "docs/CUTOVER.md"};
        byte[][] parts = FuzzSupport.parts(data, files.length);
        Map<String, byte[]> contents = write(project, files, parts);
        CheckDocsRequest docs = new CheckDocsRequest(new RunContext(new ProjectFiles(project), Mode.CUTOVER, CUTOVER,
                null, LIMITS, CLOCK, null), List.of(new DocumentSpec(Path.of(files[1]), true,
                List.of("Runtime on ${pin.service_contract}."))));
        VerdictRequest request = new VerdictRequest(new RunContext(new ProjectFiles(project), Mode.CUTOVER, CUTOVER,
                "service.v3", LIMITS, CLOCK, null), List.of(docs), null, Path.of(files[0]), List.of("fuzzed"), List.of(),
                null, null, null);
        VerdictResult verdict = Verdict.run(request);
        assertThat(verdict.goals()).extracting(GoalResult::goal).containsExactly(CheckDocs.GOAL, Verdict.APPROVAL_GOAL);
        for (GoalResult goal : verdict.goals()) {
            FuzzSupport.assertSound(goal, contents, project.resolve("target/reports"));
        }
        if (verdict.runtimeCutover().go()) {
            assertThat(verdict.errors()).as("a GO runtime cutover has no error-level breach").isEmpty();
        }
        FuzzSupport.assertReports(verdict, project.resolve("target/verdict"));
    }

    // ---- verdict-aggregate (reads the modules' verdict.json files) ------------------------------------------

    /** Before the seeds' verdicts were written (2026-02-08T12:00:00Z), so they belong to this build. */
    private static final Instant BUILD_STARTED = Instant.parse("2026-02-08T11:59:00Z");

    @FuzzTest
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({FuzzSupport.MARKER, "\"line\"", "\"column\"", "\"generated_at_utc\"", "\"decision\"", "\"waived\"",
            "1e400", "99999999999999999999", "-0", "1.5", "3000000000"})
    void verdictAggregate(byte[] data) {
        Path project = project("verdict-aggregate");
        String[] modules = {"orders-client", "ledger-client"};
        String[] files = {modules[0] + "/target/cutover-guardrails/verdict.json",
                modules[1] + "/target/cutover-guardrails/verdict.json"};
        byte[][] parts = FuzzSupport.parts(data, files.length);
        Map<String, byte[]> contents = write(project, files, parts);
        VerdictResult verdict = VerdictAggregate.run(new RunContext(new ProjectFiles(project), null, null, null, LIMITS,
                CLOCK, null), List.of(new VerdictAggregate.Module(modules[0], modules[0], project.resolve(files[0]), true),
                new VerdictAggregate.Module(modules[1], modules[1], project.resolve(files[1]), true)), BUILD_STARTED);
        assertThat(verdict.goals()).extracting(GoalResult::goal).containsExactly(modules);
        for (GoalResult goal : verdict.goals()) {
            FuzzSupport.assertSound(goal, contents, project.resolve("target/reports"));
        }
        if (verdict.rehearsalContinuation().go() || verdict.runtimeCutover().go()) {
            assertThat(verdict.errors()).as("a GO has no error-level breach").isEmpty();
        }
        FuzzSupport.assertReports(verdict, project.resolve("target/verdict"));
    }
}
