import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helper of bench/alignment-large.sh, run with the JDK's source launcher on the plugin's class path:
 *
 *   java -cp CP bench/AlignmentBench.java generate REFERENCE.yaml OUT.yaml OUT.json MEGABYTES
 *       writes a large OpenAPI document: the reference with its paths and component schemas
 *       replicated (path keys suffixed -rN, schemas renamed Name_rN with their $refs rewritten;
 *       every error response still references the shared #/components/responses, so the envelope
 *       stays ServiceErrorEnvelope), as YAML and as the same tree in JSON.
 *   java -cp CP bench/AlignmentBench.java time PROJECT_DIR OPENAPI RUNS
 *       times the check-alignment engine (request.run()) RUNS times in this
 *       fresh JVM: the first run is cold (class loading, interpreter), the later ones warm.
 */
public class AlignmentBench {

    private static final Pattern PATH_KEY = Pattern.compile("^  (/\\S*):$");
    private static final Pattern SCHEMA_KEY = Pattern.compile("^    ([A-Za-z0-9_.-]+):$");
    private static final Pattern SCHEMA_REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Long.parseLong(args[4]));
            case "time" -> time(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("generate | time");
        }
    }

    private static void generate(Path reference, Path yaml, Path json, long megabytes) throws Exception {
        List<String> lines = Files.readAllLines(reference);
        int paths = lines.indexOf("paths:");
        int components = lines.indexOf("components:");
        int schemas = lines.indexOf("  schemas:");
        List<String> header = lines.subList(0, paths + 1);
        List<String> pathsBody = lines.subList(paths + 1, components);
        List<String> responses = lines.subList(components, schemas + 1);
        List<String> schemasBody = lines.subList(schemas + 1, lines.size());
        long target = megabytes * 1024 * 1024;
        long base = bytes(lines);
        long replica = bytes(pathsBody) + bytes(schemasBody);
        int copies = (int) Math.max(0, (target - base + replica - 1) / replica);

        List<String> out = new ArrayList<>(header);
        out.addAll(pathsBody);
        for (int r = 1; r <= copies; r++) {
            for (String line : pathsBody) {
                Matcher key = PATH_KEY.matcher(line);
                out.add(key.matches() ? "  " + key.group(1) + "-r" + r + ":" : renameRefs(line, r));
            }
        }
        out.addAll(responses);
        out.addAll(schemasBody);
        for (int r = 1; r <= copies; r++) {
            for (String line : schemasBody) {
                Matcher key = SCHEMA_KEY.matcher(line);
                out.add(key.matches() ? "    " + key.group(1) + "_r" + r + ":" : renameRefs(line, r));
            }
        }
        Files.write(yaml, out);
        byte[] bytes = Files.readAllBytes(yaml);
        var tree = StrictJsonReader.yaml(InputLimits.DEFAULT)
                .parse(new RawInput(yaml.toString(), yaml, bytes, InputReader.sha256Hex(bytes))).root();
        Files.writeString(json, new JsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        System.out.printf("%s: %d bytes, %d lines (%d replicas of %d paths + %d schemas); %s: %d bytes%n", yaml,
                bytes.length, out.size(), copies, pathsBody.stream().filter(l -> PATH_KEY.matcher(l).matches()).count(),
                schemasBody.stream().filter(l -> SCHEMA_KEY.matcher(l).matches()).count(), json, Files.size(json));
    }

    private static String renameRefs(String line, int r) {
        return SCHEMA_REF.matcher(line).replaceAll(m -> "#/components/schemas/" + m.group(1) + "_r" + r + "\"");
    }

    private static long bytes(List<String> lines) {
        return lines.stream().mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
    }

    private static void time(Path project, Path openApi, int runs) {
        CheckAlignmentRequest request = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null,
                null, null, null, null), openApi, Path.of("contracts/producer-contract-manifest.json"),
                Path.of("contracts/service-contract-source-of-truth.json"), null, null, null, null, List.of(), null);
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            GoalResult result = request.run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("   engine run %d (%s): %d ms, %s, %d breaches%n", run, run == 1 ? "cold JVM" : "warm",
                    millis, result.passed() ? "PASS" : "FAIL " + result.failedRuleIds(), result.breaches().size());
        }
    }
}
