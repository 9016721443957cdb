package io.github.cutoverguard.engine.alignment;

import java.util.Locale;

/**
 * One {@code errorResponseOperations} entry: {@code POST /v1/query/recall} selects that operation,
 * {@code /v1/query/recall} every operation of that path. Paths are matched as written in the
 * OpenAPI document (templates such as {@code {id}} included).
 *
 * @param method lower-case HTTP method, or {@code null} for every method of the path
 * @param path   the path, starting with {@code /}
 */
public record OperationSelector(String method, String path) {

    /**
     * Parses an entry.
     *
     * @throws IllegalArgumentException when the entry is not {@code METHOD /path} or {@code /path}
     */
    public static OperationSelector parse(String entry) {
        String text = entry == null ? "" : entry.trim();
        String[] words = text.split("\\s+");
        if (words.length == 1 && words[0].startsWith("/")) {
            return new OperationSelector(null, words[0]);
        }
        if (words.length == 2 && words[1].startsWith("/")
                && OpenApiDocument.METHODS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return new OperationSelector(words[0].toLowerCase(Locale.ROOT), words[1]);
        }
        throw new IllegalArgumentException("errorResponseOperations entry '" + entry + "' is not 'METHOD /path' "
                + "(e.g. 'POST /v1/query/recall', method one of " + OpenApiDocument.METHODS + ") or '/path'");
    }

    public boolean matches(OpenApiDocument.Operation operation) {
        return operation.path().equals(path) && (method == null || method.equals(operation.method()));
    }

    /** The entry as the user wrote it, normalised: {@code POST /v1/query/recall} or {@code /v1/query/recall}. */
    public String display() {
        return method == null ? path : method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
