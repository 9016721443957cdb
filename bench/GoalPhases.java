import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.handoff.RequiredChecks;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.report.EvidenceReport;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Helper of bench/goal-profile.sh: the engine work of check-pin + validate-handoff, phase by phase,
 * in a fresh JVM without Maven. Compile it with javac against the plugin's class path and run
 *
 *   java -cp CLASSES:CP GoalPhases PROJECT_DIR WARM_RUNS
 *
 * on a consumer project laid out like examples/consumer-rehearsal (config/integration-pin.json,
 * config/producer-manifest.json, docs/COMPATIBILITY_MATRIX.md,
 * handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json). The phases run in the order check-pin and
 * validate-handoff meet them, each timed once, cold: reading and parsing the pin (Jackson's first
 * use), initialising the schema registry (networknt's first use), compiling and applying the pin
 * schema, compiling the manifest schema, the rest of CheckPin.run, writing the evidence report,
 * then ValidateHandoff.run and its report. Each line also gives the classes the phase loaded.
 * Then WARM_RUNS repetitions of both goals, each part timed (engine run and report of each goal):
 * the medians are the warm cost, what every module after the first pays in a reactor (less Maven's
 * own per-execution work).
 */
public class GoalPhases {

    private static final Baseline BASELINE = new Baseline("v0.3.2", "cf331449e1589581a5dcbb3adecd3e9ae4509277",
            "service.v2", "api.v1", "integration/v1");
    private static final List<String> CODES = List.of("invalid_json", "validation_error", "context_package_not_found",
            "write_conflict", "write_failed", "schema_unavailable", "migration_failed", "query_failed",
            "context_lookup_failed", "internal_error");

    private static long total;

    public static void main(String[] args) throws Exception {
        long vmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("   %-58s %8.1f ms %6s%n", "JVM start to main()", (double) (System.currentTimeMillis() - vmStart),
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        Path dir = Path.of(args[0]);
        int warmRuns = Integer.parseInt(args[1]);
        ProjectFiles files = new ProjectFiles(dir);
        Path reports = Files.createTempDirectory("goal-phases");
        Clock clock = Clock.systemUTC();
        CheckPinRequest pin = new CheckPinRequest(new RunContext(files, Mode.REHEARSAL, BASELINE, "service.v3",
                InputLimits.DEFAULT, null, null), Path.of("config/integration-pin.json"),
                Path.of("config/producer-manifest.json"), Path.of("docs/COMPATIBILITY_MATRIX.md"), CODES, null, null, null);
        ValidateHandoffRequest handoff = new ValidateHandoffRequest(new RunContext(files, Mode.REHEARSAL, BASELINE,
                "service.v3", InputLimits.DEFAULT, null, null),
                Path.of("handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"), null, null,
                new RequiredChecks(null, List.of("./mvnw -B verify")), null, null, null, null);

        JsonDocument doc = phase("check-pin: read + parse the pin (Jackson's first use)",
                () -> new InputLoader(files, InputLimits.DEFAULT).json(pin.pinFile()).value().orElseThrow());
        phase("check-pin: SchemaCatalog class init (networknt registry)",
                () -> Class.forName(SchemaCatalog.class.getName(), true, GoalPhases.class.getClassLoader()));
        var pinSchema = phase("check-pin: compile integration-pin.v1 (+ 2020-12 meta-schema)",
                () -> SchemaCatalog.bundled("integration-pin.v1"));
        phase("check-pin: validate the pin against it", () -> MatchesSchema.check(doc, pinSchema, "integration-pin.v1"));
        phase("check-pin: compile producer-contract-manifest.v1", () -> SchemaCatalog.bundled("producer-contract-manifest.v1"));
        GoalResult pinResult = phase("check-pin: CheckPin.run (schemas cached: reads, checks)", () -> pin.run());
        phase("check-pin: write check-pin.json (evidence)", () -> EvidenceReport.write(pinResult, reports));
        GoalResult handoffResult = phase("validate-handoff: ValidateHandoff.run (compiles its schemas)",
                () -> handoff.run());
        phase("validate-handoff: write validate-handoff.json", () -> EvidenceReport.write(handoffResult, reports));
        if (!pinResult.passed() || !handoffResult.passed()) {
            throw new IllegalStateException("the goals did not pass: " + pinResult.failedRuleIds() + " " + handoffResult.failedRuleIds());
        }
        System.out.printf("   %-58s %8.1f ms%n", "sum of the phases (cold engine work)", total / 1e6);

        // warm: both goals again and again; each part timed separately (median over the runs)
        String[] parts = {"warm: CheckPin.run", "warm: write check-pin.json", "warm: ValidateHandoff.run",
                "warm: write validate-handoff.json", "warm:   of a report: EvidenceReport.toJson only",
                "warm:   of a report: AtomicFiles.write of its bytes only",
                "warm:   the same temp file + write + atomic move, no force"};
        double[][] warm = new double[parts.length][warmRuns];
        double[] both = new double[warmRuns];
        byte[] reportBytes = Files.readAllBytes(reports.resolve("validate-handoff.json"));
        for (int i = 0; i < warmRuns; i++) {
            long t0 = System.nanoTime();
            GoalResult p = pin.run();
            long t1 = System.nanoTime();
            EvidenceReport.write(p, reports);
            long t2 = System.nanoTime();
            GoalResult h = handoff.run();
            long t3 = System.nanoTime();
            EvidenceReport.write(h, reports);
            long t4 = System.nanoTime();
            warm[0][i] = (t1 - t0) / 1e6;
            warm[1][i] = (t2 - t1) / 1e6;
            warm[2][i] = (t3 - t2) / 1e6;
            warm[3][i] = (t4 - t3) / 1e6;
            both[i] = (t4 - t0) / 1e6;
            EvidenceReport.toJson(h);
            long t5 = System.nanoTime();
            AtomicFiles.write(reports.resolve("copy.json"), reportBytes);
            long t6 = System.nanoTime();
            Path temp = Files.createTempFile(reports, ".copy.json", ".tmp");
            Files.write(temp, reportBytes);
            Files.move(temp, reports.resolve("copy.json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            long t7 = System.nanoTime();
            warm[4][i] = (t5 - t4) / 1e6;
            warm[5][i] = (t6 - t5) / 1e6;
            warm[6][i] = (t7 - t6) / 1e6;
        }
        for (int k = 0; k < parts.length; k++) {
            Arrays.sort(warm[k]);
            System.out.printf("   %-58s %8.2f ms (median of %d)%n", parts[k], warm[k][warmRuns / 2], warmRuns);
        }
        Arrays.sort(both);
        System.out.printf("   %-58s %8.2f ms (median of %d; min %.2f, max %.2f)%n", "warm: both goals + reports",
                both[warmRuns / 2], warmRuns, both[0], both[warmRuns - 1]);
    }

    private static <T> T phase(String name, Callable<T> body) throws Exception {
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long start = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        T value = body.call();
        long elapsed = System.nanoTime() - t0;
        total += elapsed;
        System.out.printf("   %-58s %8.1f ms %6d classes%n", name, elapsed / 1e6,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes);
        if (TIMELINE != null) {
            // JVM uptime in ms, to match -Xlog:class+load's uptimemillis decoration
            Files.writeString(TIMELINE, start + "\t" + ManagementFactory.getRuntimeMXBean().getUptime() + "\t" + name + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        return value;
    }

    /** With -Dphases.timeline=FILE, each phase's start and end (JVM uptime, ms) and name are appended to FILE. */
    private static final Path TIMELINE = System.getProperty("phases.timeline") == null ? null
            : Path.of(System.getProperty("phases.timeline"));
}
