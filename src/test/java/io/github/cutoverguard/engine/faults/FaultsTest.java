package io.github.cutoverguard.engine.faults;

import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.matrix.MatrixChecksTestData;
import io.github.cutoverguard.engine.parity.ParityFixtures;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes, simulated by killing a child JVM ({@code SIGKILL}: no shutdown hook, no finally block)
 * at random moments while it writes reports or runs goals.
 */
class FaultsTest {

    private static final int REPORT_KIB = 2048;

    @TempDir
    Path dir;

    private final Random random = new Random(20261122L);

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aWriterKilledMidWriteLeavesTheOldOrTheNewReportNeverAPartialOne() throws Exception {
        Path report = dir.resolve("reports/check-pin.json");
        byte[] a = ReportWriterLoop.content('A', REPORT_KIB);
        byte[] b = ReportWriterLoop.content('B', REPORT_KIB);
        for (int round = 0; round < 10; round++) {
            killAfterReady(child(ReportWriterLoop.class, report.toString(), Integer.toString(REPORT_KIB)),
                    random.nextInt(200));

            byte[] left = Files.readAllBytes(report);
            assertThat(left.length).as("round %d: a complete file", round).isEqualTo(a.length);
            assertThat(left).as("round %d", round).satisfiesAnyOf(
                    bytes -> assertThat(bytes).isEqualTo(a), bytes -> assertThat(bytes).isEqualTo(b));
        }
        // the only other files a crash can leave are hidden temporaries, never under the report's name
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("check-pin.json")))
                    .allMatch(n -> n.startsWith(".check-pin.json") && n.endsWith(".tmp"));
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void goalsKilledMidRunLeaveEveryInputUntouchedAndEveryReportComplete() throws Exception {
        Path project = project(dir.resolve("project"));
        Map<String, String> before = snapshot(project);
        assertThat(before).hasSizeGreaterThan(30);

        for (int round = 0; round < 6; round++) {
            killAfterReady(child(GoalLoop.class, project.toString()), random.nextInt(800));

            assertThat(snapshot(project)).as("round %d: inputs after the kill", round).isEqualTo(before);
            try (Stream<Path> listed = Files.list(project.resolve("target/cutover"))) {
                List<Path> reports = listed.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
                assertThat(reports).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                        "check-pin.json", "validate-handoff.json", "check-alignment.json", "verify-parity.json");
                for (Path report : reports) {
                    byte[] bytes = Files.readAllBytes(report);
                    new StrictJsonReader(InputLimits.DEFAULT).parse(new RawInput(report.toString(), report, bytes,
                            InputReader.sha256Hex(bytes))); // throws on a partial report
                }
            }
        }
    }

    /** A consumer and producer project with every input of the four goals, plus 8 MiB files to hash. */
    static Path project(Path project) {
        Fixtures.write(project, "config/integration-pin.json",
                Fixtures.referenceText("consumer-rehearsal/memorykernel-integration-pin.json"));
        Fixtures.write(project, "config/producer-manifest.json",
                Fixtures.referenceText("consumer-rehearsal/memorykernel-producer-manifest.json"));
        Fixtures.write(project, "docs/COMPATIBILITY_MATRIX.md", MatrixChecksTestData.MATRIX);
        Fixtures.write(project, "handoff.json", Fixtures.referenceText("producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"));
        Fixtures.write(project, "handoff-manifest.json",
                Fixtures.referenceText("producer/producer-contract-manifest_at-rehearsal.json"));
        Fixtures.write(project, "openapi.yaml", Fixtures.referenceText("producer/openapi.yaml"));
        byte[] large = new byte[8 << 20];
        new Random(7).nextBytes(large);
        for (String tree : List.of("contracts", "mirrors/a", "mirrors/b")) {
            ParityFixtures.copyPack(project.resolve(tree));
            Fixtures.write(project, tree + "/fixtures/large.bin", large);
        }
        return project;
    }

    /** Path → size, modification time and SHA-256 of every file outside {@code target/}. */
    private static Map<String, String> snapshot(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = project.relativize(file).toString();
                if (!relative.startsWith("target")) {
                    files.put(relative, Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + " "
                            + InputReader.sha256Hex(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    private static Process child(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for the child's {@code ready}, lets it run {@code millis} more, then kills it (SIGKILL). */
    private static void killAfterReady(Process child, int millis) throws Exception {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null && !line.equals("ready"); ) {
                seen.append(line).append('\n');
            }
            assertThat(child.isAlive()).as("the child is running; it printed:%n%s", seen).isTrue();
            Thread.sleep(millis);
            assertThat(child.isAlive()).as("the child was still working when killed").isTrue();
        } finally {
            child.destroyForcibly();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                throw new UncheckedIOException(new IOException("the child JVM did not die"));
            }
        }
    }
}
