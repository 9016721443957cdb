import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.handoff.HandoffKind;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.handoff.RequiredChecks;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Helper of bench/handoff-100mb.sh, compiled with javac against the plugin's class path:
 *
 *   java -cp CLASSES:CP HandoffBench generate REFERENCE.json OUT.json MEGABYTES checks|policy
 *       writes a valid rehearsal handoff of about MEGABYTES MiB: the reference candidate with
 *       "checks": required_producer_checks grown by distinct command lines (every entry is checked
 *       by the schema: a nonEmptyString with minLength and pattern), or
 *       "policy": error_code_expectations.additive_change_notice_policy given a notice_history
 *       array of small objects (the schema only requires an object there).
 *   java -cp CLASSES:CP HandoffBench readtree FILE
 *       the baseline: a bare Jackson 3 JsonMapper.readTree of FILE in this fresh JVM (mapper
 *       creation included), in ms.
 *   java -cp CLASSES:CP HandoffBench phases PROJECT_DIR HANDOFF MANIFEST
 *       validate-handoff's engine work on HANDOFF, phase by phase in this fresh JVM: read + SHA-256,
 *       strict parse with locations (and, for comparison, the same tree without locations), the
 *       lookup of one value's location, schema compile, schema validation, then the whole
 *       ValidateHandoff.run again (everything loaded), and a bare readTree of the same bytes.
 */
public class HandoffBench {

    private static final Baseline BASELINE = new Baseline("v0.3.2", "cf331449e1589581a5dcbb3adecd3e9ae4509277",
            "service.v2", "api.v1", "integration/v1");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]), args[4]);
            case "readtree" -> readTree(Path.of(args[1]));
            case "phases" -> phases(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("generate | readtree | phases");
        }
    }

    private static void generate(Path reference, Path out, long megabytes, String pad) throws Exception {
        JsonMapper mapper = new JsonMapper();
        long target = megabytes * 1024 * 1024;
        // estimate the entries from a sample of 10,000, then correct once with the real size
        long entries = 10_000;
        for (int attempt = 0; attempt < 3; attempt++) {
            ObjectNode root = (ObjectNode) mapper.readTree(reference);
            pad(root, pad, entries);
            try (OutputStream stream = Files.newOutputStream(out)) {
                mapper.writerWithDefaultPrettyPrinter().writeValue(stream, root);
            }
            long size = Files.size(out);
            if (Math.abs(size - target) < target / 200) {
                break;
            }
            long base = Files.size(reference);
            entries = Math.max(1, (long) ((double) (target - base) / (size - base) * entries));
        }
        System.out.printf("%s: %,d bytes, %,d entries padded (%s)%n", out, Files.size(out), entries, pad);
    }

    private static void pad(ObjectNode root, String pad, long entries) {
        switch (pad) {
            case "checks" -> {
                ArrayNode checks = (ArrayNode) root.get("required_producer_checks");
                for (long i = 0; i < entries; i++) {
                    checks.add(String.format("./scripts/run_contract_shard.sh --canonical-root /srv/producer --shard %07d", i));
                }
            }
            case "policy" -> {
                ObjectNode policy = (ObjectNode) root.get("error_code_expectations").get("additive_change_notice_policy");
                ArrayNode history = policy.putArray("notice_history");
                for (long i = 0; i < entries; i++) {
                    ObjectNode notice = history.addObject();
                    notice.put("notice_id", String.format("N-%07d", i));
                    notice.put("sent_utc", "2026-02-08T11:29:52Z");
                    notice.putArray("codes_added").add(String.format("code_%07d", i));
                    notice.put("business_days", 10);
                }
            }
            default -> throw new IllegalArgumentException("pad must be checks or policy");
        }
    }

    private static void readTree(Path file) throws Exception {
        long t0 = System.nanoTime();
        JsonNode root = new JsonMapper().readTree(file);
        long elapsed = System.nanoTime() - t0;
        if (!root.isObject()) {
            throw new IllegalStateException("not an object");
        }
        System.out.printf("%.0f%n", elapsed / 1e6);
    }

    private static void phases(Path dir, Path handoff, Path manifest) throws Exception {
        ProjectFiles files = new ProjectFiles(dir);
        RawInput raw = phase("read the file (+ SHA-256 of its bytes)",
                () -> new InputReader(InputLimits.DEFAULT.maxBytes()).read(files.resolve(handoff), handoff.toString()));
        phase("  of which SHA-256 alone (timed again)", () -> InputReader.sha256Hex(raw.bytes()));
        JsonDocument doc = phase("strict parse: tree + line:column of every value",
                () -> new StrictJsonReader(InputLimits.DEFAULT).parse(raw));
        phase("  the same tree without locations (this helper's streaming reader)", () -> treeOnly(raw.bytes()));
        String last = "/required_producer_checks/" + (doc.root().get("required_producer_checks").size() - 1);
        phase("locate one value (" + last + ", as a breach would)", () -> doc.locate(last));
        HandoffKind kind = HandoffKind.of(doc.root()).orElseThrow();
        var schema = phase("compile " + kind.schema() + " (networknt, cold)", () -> SchemaCatalog.bundled(kind.schema()));
        var breaches = phase("schema validation of the tree", () -> MatchesSchema.check(doc, schema, kind.schema()));
        if (!breaches.isEmpty()) {
            throw new IllegalStateException("schema breaches: " + breaches.get(0).message());
        }
        ValidateHandoffRequest request = new ValidateHandoffRequest(new RunContext(files, Mode.REHEARSAL, BASELINE,
                "service.v3", InputLimits.DEFAULT, null, null), handoff, null, manifest,
                new RequiredChecks(null, List.of("./mvnw -B verify")), null, null, null, null);
        GoalResult result = phase("ValidateHandoff.run again (all classes loaded, schema cached)",
                () -> request.run());
        if (!result.passed()) {
            throw new IllegalStateException("validate-handoff failed: " + result.failedRuleIds());
        }
        phase("bare JsonMapper.readTree of the same bytes (Jackson loaded)", () -> new JsonMapper().readTree(raw.bytes()));
        System.out.printf("   heap used after: %,d MiB of %,d MiB max%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Jackson's streaming parser into a tree, strict duplicates, no locations: what StrictJsonReader does minus locations. */
    private static JsonNode treeOnly(byte[] bytes) {
        tools.jackson.core.json.JsonFactory factory = tools.jackson.core.json.JsonFactory.builder()
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (tools.jackson.core.JsonParser parser = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes)) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static JsonNode value(tools.jackson.core.JsonParser parser) {
        var nodes = tools.jackson.databind.node.JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != tools.jackson.core.JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            default:
                return nodes.nullNode();
        }
    }

    private static <T> T phase(String name, Callable<T> body) throws Exception {
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        T value = body.call();
        long elapsed = System.nanoTime() - t0;
        System.out.printf("   %-62s %8.0f ms (GC %d ms)%n", name, elapsed / 1e6, gcMillis() - gc0);
        return value;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }
}
