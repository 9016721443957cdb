package io.github.cutoverguard.engine.hostile;

import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonProblem;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile inputs: each must end in exactly one clean breach naming the rule, the file and (where
 * the input has one) the line, within a bounded time, never an exception or a hang.
 */
class HostileInputCorpusTest {

    /** How a case lays out its input under the project directory. */
    interface Layout {
        void create(Path file) throws IOException;
    }

    /** One hostile input: how to make it, which rule it must raise, and on which line (0: none). */
    record Case(String name, Layout layout, String rule, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case text(String name, String content, String rule, int line) {
        return new Case(name, f -> Files.writeString(f, content), rule, line);
    }

    private static Case bytes(String name, byte[] content, String rule, int line) {
        return new Case(name, f -> Files.write(f, content), rule, line);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        String P = "JSON-PARSE";
        // duplicate keys at every depth, the last value "right"
        cases.add(text("duplicate key at the top", "{\n\"a\": 1,\n\"a\": 1\n}", P, 3));
        cases.add(text("duplicate key at depth 2", "{\"o\": {\n\"a\": 1,\n\"a\": 2}}", P, 3));
        cases.add(text("duplicate key in an array element", "[{\"a\": 1}, {\n\"b\": 1, \"b\": 1}]", P, 2));
        cases.add(text("duplicate key at depth 10", "{\"a\":".repeat(9) + "{\n\"k\": 1, \"k\": 1}" + "}".repeat(9), P, 2));
        cases.add(text("duplicate key differing only after an escape", "{\"\\u0061\": 1,\n\"a\": 2}", P, 2));
        // trailing data and broken syntax
        cases.add(text("a second document", "{}\n{}", P, 2));
        cases.add(text("trailing garbage", "{\"a\": 1}\n\nrm -rf /", P, 3));
        cases.add(text("trailing comma", "{\"a\": 1,\n}", P, 2));
        cases.add(text("unterminated string", "{\"a\": \"open\n", P, 1));
        cases.add(text("unterminated object", "{\"a\": {\"b\": 1}", P, 1));
        cases.add(text("single quotes", "{'a': 1}", P, 1));
        cases.add(text("comment", "{\n// note\n\"a\": 1}", P, 2));
        cases.add(text("NaN literal", "{\"a\": NaN}", P, 1));
        cases.add(text("leading zero", "{\"a\": 01}", P, 1));
        cases.add(text("unquoted key", "{a: 1}", P, 1));
        // encodings
        cases.add(bytes("invalid UTF-8 start byte", concat(utf8("{\"a\": \""), new byte[] {(byte) 0xFF}, utf8("\"}")), P, 1));
        cases.add(bytes("invalid UTF-8 continuation", concat(utf8("{\"a\": \""), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}")), P, 1));
        cases.add(bytes("UTF-8 sequence cut at the end", concat(utf8("{\"a\": \""), new byte[] {(byte) 0xE2, (byte) 0x82}), P, 1));
        cases.add(bytes("UTF-8 byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{}")), P, 1));
        cases.add(bytes("UTF-16LE with BOM", "{\"a\": 1}".getBytes(StandardCharsets.UTF_16), P, 1));
        cases.add(bytes("UTF-16BE without BOM", "{\"a\": 1}".getBytes(StandardCharsets.UTF_16BE), P, 1));
        cases.add(bytes("UTF-32", "{\"a\": 1}".getBytes(Charset.forName("UTF-32")), P, 1));
        // control characters
        cases.add(text("control character in a string", "{\"a\": \"x\u0001y\"}", P, 1));
        cases.add(text("raw newline in a string", "{\"a\": \"x\ny\"}", P, 1));
        cases.add(bytes("NUL byte in a string", concat(utf8("{\"a\": \"x"), new byte[] {0}, utf8("\"}")), P, 1));
        // depth
        cases.add(text("100,000-deep arrays", "[".repeat(100_000) + "]".repeat(100_000), P, 1));
        cases.add(text("100,000-deep objects", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), P, 1));
        cases.add(text("one level beyond the limit", "[".repeat(201) + "]".repeat(201), P, 1));
        // size
        cases.add(new Case("1 GB file (sparse, refused unread)", f -> {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(1L << 30);
            }
        }, P, 0));
        cases.add(text("5,000-digit number", "{\"a\": " + "9".repeat(5000) + "}", P, 1));
        cases.add(text("5,000-digit fraction", "{\"a\": 0." + "1".repeat(5000) + "}", P, 1));
        // found by fuzzing (StrictJsonReaderFuzzTest#json): BigDecimal cannot hold the exponent
        cases.add(text("exponent beyond int range", "{\n\"a\": 555555e555555555555555}", P, 2));
        cases.add(new Case("17 MiB string", f -> Files.writeString(f, "{\"a\": \"" + "x".repeat(17 << 20) + "\"}"), P, 1));
        cases.add(text("long key name", "{\"" + "k".repeat(17 << 20) + "\": 1}", P, 1));
        // emptiness
        cases.add(bytes("empty file", new byte[0], P, 1));
        cases.add(text("whitespace only", " \n\t \n", P, 1));
        cases.add(text("lone value", "\"just a string\"", null, 0));
        // not a regular file
        cases.add(new Case("directory instead of a file", Files::createDirectories, "FILE-MISSING", 0));
        cases.add(new Case("missing file", f -> { }, "FILE-MISSING", 0));
        cases.add(new Case("symbolic link loop", f -> Files.createSymbolicLink(f, f.getFileName()), "FILE-MISSING", 0));
        cases.add(new Case("dangling symbolic link", f -> Files.createSymbolicLink(f, Path.of("nowhere.json")), "FILE-MISSING", 0));
        cases.add(new Case("FIFO (never opened)", f -> {
            try {
                Process p = new ProcessBuilder("mkfifo", f.toString()).start();
                assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }, "FILE-MISSING", 0));
        return cases;
    }

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileJsonGivesOneCleanBreach(Case hostile) throws Exception {
        Path file = project.resolve("config/input.json");
        Files.createDirectories(file.getParent());
        hostile.layout().create(file);
        InputLoader.Loaded<?> loaded = new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT).json(Path.of("config/input.json"));
        if (hostile.rule() == null) {
            assertThat(loaded.breaches()).isEmpty();
            return;
        }
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo(hostile.rule());
            assertThat(b.file()).isEqualTo("config/input.json");
            assertThat(b.location().line()).isEqualTo(hostile.line());
            assertThat(b.message()).isNotBlank().doesNotContain("\n");
            assertThat(b.hint()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlCorpus")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileYamlIsAProblemWithALine(String name, String yaml, int line) throws Exception {
        byte[] content = utf8(yaml);
        RawInput input = new RawInput("openapi.yaml", Path.of("openapi.yaml"), content, InputReader.sha256Hex(content));
        try {
            StrictJsonReader.yaml(InputLimits.DEFAULT).parse(input);
        } catch (JsonProblem problem) {
            assertThat(problem.location().line()).isEqualTo(line);
            assertThat(problem.getMessage()).isNotBlank();
            return;
        }
        throw new AssertionError(name + " was accepted");
    }

    static List<Object[]> yamlCorpus() {
        return List.of(
                new Object[] {"duplicate key", "info:\n  version: a\n  version: b\n", 3},
                new Object[] {"duplicate key at depth", "a:\n  b:\n    c: 1\n    c: 2\n", 4},
                new Object[] {"alias", "a: &x 1\nb: *x\n", 2},
                new Object[] {"second document", "a: 1\n---\nb: 2\n", 3},
                new Object[] {"tab indentation", "a:\n\tb: 1\n", 2});
    }
}
