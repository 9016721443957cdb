package io.github.cutoverguard.engine.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.input.InputLimits;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles JSON Schemas (draft 2020-12, patterns read as ECMA-262, with the {@code visible-text} format) once per JVM and hands out the compiled {@link Schema}s.
 * Bundled schemas load from the plugin jar; local schema files are keyed by path and content hash.
 * Only {@code classpath:} and {@code file:} documents are loaded: a {@code $ref} to any other
 * location (http, https, ...) is refused with a {@link SchemaProblem}, never fetched.
 *
 * <p>The cache is the engine's only mutable static state; it is thread-safe.
 */
public final class SchemaCatalog {

    /** The {@code $id} prefix of the bundled schemas. */
    public static final String BUNDLED_ID_PREFIX = "https://cutoverguard.github.io/schemas/";
    /** The bundled schema of the producer's contract manifest, checked by check-pin, validate-handoff and check-alignment. */
    public static final String PRODUCER_MANIFEST = "producer-contract-manifest.v1";
    /** The bundled schema of the producer's service-contract source of truth, checked by check-alignment. */
    public static final String SOURCE_OF_TRUTH = "service-contract-source.v1";
    /** The schema of {@code verdict.json}. */
    public static final String VERDICT = "verdict.v2";
    private static final String BUNDLED_RESOURCE_PREFIX = "classpath:io/github/cutoverguard/schemas/";
    private static final String META_SCHEMA_PREFIX = "https://json-schema.org/";

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
    /** Draft 2020-12 with the {@code visible-text} format ({@link VisibleTextFormat}) the bundled schemas use. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .format(new VisibleTextFormat())
            .build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            DIALECT,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .errorMessageKeyword("errorMessage")
                            .regularExpressionFactory(new BoundedRegularExpressions())
                            .build())
                    .nodeReader(new StrictNodeReader())
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(BUNDLED_ID_PREFIX, BUNDLED_RESOURCE_PREFIX))
                            .block(SchemaCatalog::isRemote)));

    private SchemaCatalog() {
    }

    /**
     * The bundled schema {@code name} (e.g. {@code integration-pin.v1}), compiled on first use.
     *
     * @throws IllegalStateException if the plugin jar lacks it (a packaging bug)
     */
    public static Schema bundled(String name) {
        return CACHE.computeIfAbsent("bundled:" + name, key -> {
            SchemaLocation location = SchemaLocation.of(BUNDLED_ID_PREFIX + name + ".schema.json");
            try {
                Schema schema = REGISTRY.getSchema(location);
                schema.initializeValidators();
                return schema;
            } catch (SchemaException | IllegalStateException e) {
                throw new IllegalStateException("bundled schema " + name + " cannot be loaded: " + e.getMessage(), e);
            }
        });
    }

    /**
     * A user's schema file, compiled once per JVM for each distinct content.
     *
     * @param file        the schema file
     * @param displayName the path as shown to the user
     */
    public static Schema local(Path file, String displayName, InputLimits limits) throws SchemaProblem {
        RawInput raw;
        try {
            raw = new InputReader(limits.maxBytes()).read(file, displayName);
        } catch (InputProblem e) {
            throw new SchemaProblem("schema " + e.getMessage());
        }
        String key = "file:" + file.toAbsolutePath().normalize() + "#" + raw.sha256();
        Schema cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode node;
        try {
            JsonDocument document = new StrictJsonReader(limits).parse(raw);
            node = document.root();
        } catch (JsonProblem e) {
            throw new SchemaProblem("schema " + displayName + ":" + e.location().line() + ":"
                    + e.location().column() + " " + e.getMessage());
        }
        try {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(file.toAbsolutePath().normalize().toUri().toString()), node);
            schema.initializeValidators();
            Schema raced = CACHE.putIfAbsent(key, schema);
            return raced == null ? schema : raced;
        } catch (RuntimeException e) {
            throw new SchemaProblem(describe(file, displayName, e));
        }
    }

    /** Why the schema cannot be used, its directory named as the user named it (never its absolute file: URI). */
    private static String describe(Path file, String displayName, RuntimeException e) {
        Path shown = Path.of(displayName).getParent();
        String message = ProjectFiles.withPathShown(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                file.toAbsolutePath().normalize().getParent(), shown == null ? "" : shown.toString().replace('\\', '/'));
        if (message.toLowerCase(Locale.ROOT).contains("http")) {
            return "schema " + displayName + " refers to a remote document (" + message
                    + "); remote $refs are never fetched: vendor the referenced schema next to this one and use a relative $ref";
        }
        return "schema " + displayName + " is not a usable JSON Schema: " + message;
    }

    static boolean isRemote(AbsoluteIri iri) {
        String value = iri.toString();
        String scheme = iri.getScheme() == null ? "" : iri.getScheme().toLowerCase(Locale.ROOT);
        if (value.startsWith(BUNDLED_ID_PREFIX) || value.startsWith(META_SCHEMA_PREFIX)) {
            return false;
        }
        return !(scheme.equals("classpath") || scheme.equals("resource") || scheme.equals("file")
                || scheme.isEmpty());
    }
}
