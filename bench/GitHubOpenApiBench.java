import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helper of bench/github-openapi.sh, run with the JDK's source launcher on the plugin's class path:
 *
 *   java -cp CP bench/GitHubOpenApiBench.java yaml IN.json OUT.yaml
 *       writes the same tree as YAML (Jackson's YAML writer).
 *   java -cp CP bench/GitHubOpenApiBench.java time PROJECT_DIR OPENAPI ENVELOPES REQUIRES
 *       runs the check-alignment engine once in this fresh JVM with the configuration the script's POM
 *       holds (ENVELOPES and REQUIRES comma-separated, as errorEnvelopeSchemas and apiEnvelopeRequires) and
 *       prints "engine <ms> ms, <n> breaches (RULE n, ...)".
 */
public class GitHubOpenApiBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "yaml" -> {
                JsonNode tree = new JsonMapper().readTree(Path.of(args[1]).toFile());
                Files.writeString(Path.of(args[2]), new YAMLMapper().writeValueAsString(tree));
            }
            case "time" -> time(Path.of(args[1]), Path.of(args[2]), List.of(args[3].split(",")),
                    List.of(args[4].split(",")));
            default -> throw new IllegalArgumentException("yaml | time");
        }
    }

    private static void time(Path project, Path openApi, List<String> envelopes, List<String> requires) {
        CheckAlignmentRequest request = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null,
                null, InputLimits.DEFAULT, null, null), openApi, Path.of("contracts/producer-contract-manifest.json"), null, null,
                envelopes, requires, null, List.of(), null);
        long start = System.nanoTime();
        GoalResult result = request.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> rules = new TreeMap<>();
        for (Breach breach : result.breaches()) {
            rules.merge(breach.ruleId(), 1, Integer::sum);
        }
        System.out.printf("engine %d ms, %d breaches %s%n", millis, result.breaches().size(), rules);
    }
}
