package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an OpenAPI description once, as YAML or JSON: by extension ({@code .yaml}/{@code .yml},
 * {@code .json}), else by content (JSON when the first non-blank byte is {@code {}). Both are
 * parsed strictly with a line:column for every value; an unreadable file is {@code FILE-MISSING},
 * invalid content {@code JSON-PARSE}.
 */
final class OpenApiReader {

    private OpenApiReader() {
    }

    static InputLoader.Loaded<JsonDocument> read(InputLoader inputs, Path file, InputLimits limits) {
        InputLoader.Loaded<RawInput> raw = inputs.raw(file);
        if (raw.value().isEmpty()) {
            return new InputLoader.Loaded<>(Optional.empty(), raw.breaches());
        }
        RawInput input = raw.value().get();
        if (!isYaml(input)) {
            return inputs.parse(input);
        }
        try {
            return new InputLoader.Loaded<>(Optional.of(StrictJsonReader.yaml(limits).parse(input)), List.of());
        } catch (JsonProblem e) {
            return new InputLoader.Loaded<>(Optional.empty(), List.of(Breach.error(InputLoader.JSON_PARSE,
                            "not strict YAML: " + e.getMessage())
                    .file(input.displayName()).at(e.location()).hint(e.hint()).build()));
        }
    }

    /** Whether the input is read as YAML. */
    static boolean isYaml(RawInput input) {
        String name = input.displayName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        for (byte b : input.bytes()) {
            if (!Character.isWhitespace(b)) {
                return b != '{';
            }
        }
        return true;
    }
}
