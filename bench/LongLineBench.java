import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.input.ProjectFiles;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helper of bench/long-line.sh, run with the JDK's source launcher on the plugin's class path:
 *
 *   java -cp CP bench/LongLineBench.java generate REFERENCE.yaml LARGE.json OUT_DIR MEGABYTES
 *       writes four YAML OpenAPI documents, two pairs of the same bytes on one line and over lines of at
 *       most 80 characters (where the content allows a break):
 *         scalar-one.yaml    the reference with an info.x-notes extension holding one unbroken
 *                            double-quoted scalar on one line, MEGABYTES MiB in all;
 *         scalar-lines.yaml  the same scalar continued over 80-character lines (a double-quoted scalar
 *                            may be; each break reads as a space);
 *         flow-one.yaml      LARGE.json (bench/AlignmentBench.java's large document) as one flow mapping
 *                            on one line (YAML reads JSON);
 *         flow-lines.yaml    the same flow mapping broken after a comma whenever a line reaches 76 characters.
 *   java -cp CP bench/LongLineBench.java time PROJECT_DIR RUNS DOC...
 *       times the check-alignment engine (request.run()) on each document, interleaved, RUNS rounds in
 *       this fresh JVM; prints each document's cold first run and warm median, and each one-line
 *       document's warm median against its 80-character twin.
 *   java -cp CP bench/LongLineBench.java snakeyaml-default DOC...
 *       reads each document once, token by token, with SnakeYAML's default 1 KiB buffer: the reader as
 *       it was before the fix, for comparison (minutes on a long line).
 */
public class LongLineBench {

    private static final int WIDTH = 80;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Long.parseLong(args[4]));
            case "time" -> time(Path.of(args[1]), Integer.parseInt(args[2]), Arrays.copyOfRange(args, 3, args.length));
            case "snakeyaml-default" -> snakeYamlDefault(Arrays.copyOfRange(args, 1, args.length));
            default -> throw new IllegalArgumentException("generate | time | snakeyaml-default");
        }
    }

    private static void generate(Path reference, Path largeJson, Path out, long megabytes) throws Exception {
        JsonNode large = new JsonMapper().readTree(largeJson.toFile());
        String flow = new JsonMapper().writeValueAsString(large);
        write(out.resolve("flow-one.yaml"), flow + "\n");
        write(out.resolve("flow-lines.yaml"), brokenAfterCommas(flow));

        List<String> lines = Files.readAllLines(reference);
        int info = lines.indexOf("info:");
        String head = String.join("\n", lines.subList(0, info + 1)) + "\n  x-notes: \"";
        String tail = "\"\n" + String.join("\n", lines.subList(info + 1, lines.size())) + "\n";
        StringBuilder token = new StringBuilder();
        while (token.length() < megabytes * 1024 * 1024 - head.length() - tail.length()) {
            token.append("inventory-stock-level-");
        }
        write(out.resolve("scalar-one.yaml"), head + token + tail);
        StringBuilder broken = new StringBuilder(head);
        int first = WIDTH - head.length() + head.lastIndexOf('\n') + 1;
        broken.append(token, 0, first);
        for (int i = first; i < token.length(); i += WIDTH - 4) {
            broken.append("\n    ").append(token, i, Math.min(token.length(), i + WIDTH - 4));
        }
        write(out.resolve("scalar-lines.yaml"), broken + tail);
    }

    /** {@code flow} with a line break after a comma outside strings whenever the line reaches 76 characters. */
    private static String brokenAfterCommas(String flow) {
        StringBuilder out = new StringBuilder(flow.length() + flow.length() / 32);
        boolean inString = false;
        int lineStart = 0;
        for (int i = 0; i < flow.length(); i++) {
            char c = flow.charAt(i);
            out.append(c);
            if (inString) {
                if (c == '\\') {
                    out.append(flow.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ',' && out.length() - lineStart >= WIDTH - 4) {
                out.append("\n ");
                lineStart = out.length() - 1;
            }
        }
        return out.append('\n').toString();
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        long longest = text.lines().mapToLong(String::length).max().orElse(0);
        System.out.printf("%-18s %,11d bytes, %,9d lines, longest %,d characters%n", file.getFileName(),
                Files.size(file), text.lines().count(), longest);
    }

    private static void time(Path project, int runs, String[] docs) {
        Map<String, long[]> millis = new LinkedHashMap<>();
        for (String doc : docs) {
            millis.put(doc, new long[runs]);
        }
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder("   round " + (run + 1) + ":");
            for (String doc : docs) {
                CheckAlignmentRequest request = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null,
                        null, null, null, null, null), Path.of(doc), Path.of("contracts/producer-contract-manifest.json"),
                        Path.of("contracts/service-contract-source-of-truth.json"), null, null, null, null, List.of(),
                        null);
                long start = System.nanoTime();
                GoalResult result = request.run();
                millis.get(doc)[run] = (System.nanoTime() - start) / 1_000_000;
                if (!result.passed()) {
                    throw new IllegalStateException(doc + " failed: " + result.failedRuleIds());
                }
                line.append(' ').append(doc).append(' ').append(millis.get(doc)[run]).append(',');
            }
            System.out.println(line.substring(0, line.length() - 1));
        }
        Map<String, Double> warm = new LinkedHashMap<>();
        millis.forEach((doc, times) -> {
            warm.put(doc, median(Arrays.copyOfRange(times, Math.min(1, runs - 1), runs)));
            System.out.printf("   %-18s cold %,6d ms, warm median %,8.1f ms%n", doc, times[0], warm.get(doc));
        });
        for (String doc : docs) {
            String twin = doc.replace("-one.", "-lines.");
            if (!twin.equals(doc) && warm.containsKey(twin)) {
                System.out.printf("   %s / %s: %.2f (warm medians)%n", doc, twin, warm.get(doc) / warm.get(twin));
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static void snakeYamlDefault(String[] docs) throws Exception {
        YAMLFactory before = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).build();
        for (String doc : docs) {
            byte[] bytes = Files.readAllBytes(Path.of(doc));
            long start = System.nanoTime();
            long tokens = 0;
            try (JsonParser parser = before.createParser(ObjectReadContext.empty(), bytes)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            System.out.printf("   %-18s %,9d tokens in %,8d ms%n", Path.of(doc).getFileName(), tokens,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
