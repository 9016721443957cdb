import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.nio.file.Path;

/**
 * Helper of bench/github-openapi.sh, run with the JDK's source launcher on swagger-parser's class path:
 *
 *   java -DmaxYamlCodePoints=N -cp SWAGGER_CP bench/SwaggerParserTime.java FILE
 *
 * parses FILE once in this fresh JVM with swagger-parser's OpenAPIV3Parser (readLocation, references not
 * resolved: parsing only) and prints "swagger-parser <ms> ms, <paths> paths, <messages> messages". The time
 * covers reading the file and building swagger-parser's model, as the plugin's figure covers reading, parsing
 * and checking. -DmaxYamlCodePoints raises swagger-parser's YAML limit (3 Mi code points by default).
 */
public class SwaggerParserTime {

    public static void main(String[] args) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        String location = Path.of(args[0]).toAbsolutePath().toUri().toString();
        long start = System.nanoTime();
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location, null, options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int paths = result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null ? 0
                : result.getOpenAPI().getPaths().size();
        int messages = result.getMessages() == null ? 0 : result.getMessages().size();
        System.out.printf("swagger-parser %d ms, %d paths, %d messages%s%n", millis, paths, messages,
                messages == 0 ? "" : " (first: " + result.getMessages().get(0) + ")");
    }
}
