package io.github.cutoverguard.fuzz;

import io.github.cutoverguard.engine.report.VerdictSubject;
import io.github.cutoverguard.engine.report.ReportContext;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.report.ConsoleFormat;
import io.github.cutoverguard.engine.report.EvidenceReport;
import io.github.cutoverguard.engine.report.JUnitReport;
import io.github.cutoverguard.engine.report.ReportLocations;
import io.github.cutoverguard.engine.report.SarifReport;
import io.github.cutoverguard.engine.report.VerdictMarkdown;
import io.github.cutoverguard.engine.report.VerdictReport;
import io.github.cutoverguard.engine.verdict.VerdictDecision;
import io.github.cutoverguard.engine.verdict.VerdictResult;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared pieces of the fuzz tests: splitting one fuzzed input into the files a goal reads, writing them,
 * and the properties every goal result must have whatever its inputs.
 */
final class FuzzSupport {

    /**
     * Separates the files packed into one fuzzed input (seed files are the input files joined with it):
     * {@code checkPin} reads {@code pin SEP manifest SEP matrix}; a part that is absent is a missing file.
     */
    static final String SEPARATOR = "\n#~~~~#\n";
    /**
     * The separator without its line breaks, for fuzzer dictionaries: Jazzer 0.30.0 writes a line break in a
     * {@code @DictionaryEntries} value unescaped, and libFuzzer then refuses the dictionary file.
     */
    static final String MARKER = "#~~~~#";
    private static final byte[] SEP = SEPARATOR.getBytes(StandardCharsets.UTF_8);

    private FuzzSupport() {
    }

    static RawInput raw(String name, byte[] bytes) {
        return new RawInput(name, Path.of(name), bytes, InputReader.sha256Hex(bytes));
    }

    /** The first {@code count} parts of {@code data} split at {@link #SEPARATOR}; absent parts are {@code null}. */
    static byte[][] parts(byte[] data, int count) {
        byte[][] parts = new byte[count][];
        int from = 0;
        for (int i = 0; i < count && from <= data.length; i++) {
            int at = i == count - 1 ? -1 : indexOf(data, SEP, from);
            int end = at < 0 ? data.length : at;
            parts[i] = java.util.Arrays.copyOfRange(data, from, end);
            if (at < 0) {
                break;
            }
            from = at + SEP.length;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Writes {@code content} to {@code dir/name}, or deletes that file when {@code content} is {@code null}. */
    static void write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            if (content == null) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything below it (links are removed, never followed). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many lines {@code data} can have under any reading: every line break a JSON, YAML or text reader
     * might count (LF, CR, and the last bytes of NEL, LS and PS in UTF-8), plus one.
     */
    static int maxLines(byte[] data) {
        int breaks = 0;
        for (byte value : data) {
            int b = value & 0xFF;
            if (b == '\n' || b == '\r' || b == 0x85 || b == 0xA8 || b == 0xA9) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /** A known location lies within the input's lines (or one past its end, where the end is reported). */
    static void assertInside(Location at, byte[] data, String what) {
        if (!at.isKnown()) {
            return;
        }
        assertThat(at.line()).as("line of %s", what).isBetween(1, maxLines(data) + 1);
        assertThat(at.column()).as("column of %s", what).isBetween(1, data.length + 2);
    }

    /**
     * The properties of any goal result: every check has an ID and a status that agrees with its breaches;
     * every breach names a rule, has a one-line console form, and a location inside the file it names (when
     * that is one of the fuzzed files in {@code contents}, keyed by display name); and every report the goals
     * write (evidence JSON, verdict JSON, SARIF, JUnit XML, Markdown) can be written and read back.
     */
    static void assertSound(GoalResult result, Map<String, byte[]> contents, Path reports) {
        assertThat(result.checks()).isNotEmpty();
        for (CheckResult check : result.checks()) {
            assertThat(check.id()).isNotBlank();
            boolean errors = check.breaches().stream().anyMatch(b -> b.severity() == Severity.ERROR);
            assertThat(check.status()).as(check.id()).isEqualTo(check.status() == CheckStatus.SKIPPED
                    ? CheckStatus.SKIPPED : errors ? CheckStatus.FAIL : CheckStatus.PASS);
            if (check.status() == CheckStatus.SKIPPED) {
                assertThat(check.breaches()).isEmpty();
            }
        }
        for (Breach breach : result.breaches()) {
            assertThat(breach.ruleId()).isNotBlank();
            assertThat(breach.message()).as(breach.ruleId()).isNotBlank();
            assertThat(ConsoleFormat.line(breach)).doesNotContain("\n", "\r");
            assertThat(ConsoleFormat.githubAnnotation(breach, ReportLocations.within(Path.of("/work/fuzz"))))
                    .doesNotContain("\n", "\r");
            byte[] content = breach.file() == null ? null : contents.get(breach.file());
            if (content != null) {
                assertInside(breach.location(), content, ConsoleFormat.line(breach));
            }
        }
        assertReports(List.of(result), reports);
    }

    /** Writes every report of {@code goals} into {@code directory} and reads each back strictly. */
    static void assertReports(List<GoalResult> goals, Path directory) {
        var rehearsal = VerdictDecision.rehearsalContinuation(goals);
        GoalResult first = goals.get(0);
        VerdictResult verdict = new VerdictResult(first.generatedAt(), first.mode(), first.baseline(),
                first.targetServiceContract(), goals, rehearsal,
                VerdictDecision.runtimeCutover(first.mode(), first.baseline(), rehearsal, null,
                        java.time.LocalDate.of(2026, 11, 29), null), List.of(), List.of());
        assertReports(verdict, directory);
    }

    static void assertReports(VerdictResult verdict, Path directory) {
        try {
            for (GoalResult goal : verdict.goals()) {
                readJson(EvidenceReport.write(goal, directory));
            }
            ReportContext context = new ReportContext(VerdictSubject.UNNAMED, "fuzz", ReportLocations.within(directory));
            readJson(new VerdictReport().write(verdict, context, directory));
            readJson(new SarifReport().write(verdict, context, directory));
            Path junit = new JUnitReport().write(verdict, context, directory);
            int checks = verdict.goals().stream().mapToInt(g -> g.checks().size()).sum();
            assertThat(testCases(Files.readAllBytes(junit))).as("test cases in %s", junit.getFileName()).isEqualTo(checks);
            String markdown = Files.readString(new VerdictMarkdown().write(verdict, context, directory));
            long bullets = markdown.lines().filter(l -> l.startsWith("- error `") || l.startsWith("- warning `")).count();
            assertThat(bullets).as("one Markdown line per breach").isEqualTo(verdict.breaches().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readJson(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            new StrictJsonReader(InputLimits.DEFAULT).parse(raw(file.getFileName().toString(), bytes));
        } catch (JsonProblem e) {
            throw new AssertionError(file.getFileName() + " is not strict JSON at " + e.location() + ": " + e.getMessage());
        }
    }

    /** Parses a JUnit XML report with a hardened StAX reader and counts its {@code <testcase>}s. */
    private static int testCases(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            int cases = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("testcase")) {
                    cases++;
                }
            }
            return cases;
        } catch (XMLStreamException e) {
            throw new AssertionError("the JUnit report is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Display name to content of the files written, for {@link #assertSound}. */
    static Map<String, byte[]> contents(String[] names, byte[][] parts) {
        Map<String, byte[]> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (parts[i] != null) {
                map.put(names[i], parts[i]);
            }
        }
        return map;
    }
}
