package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads project inputs once each, turning every way a file can be bad into a breach: absent, not
 * a file, a symbolic link or outside the project is {@code FILE-MISSING}; too large or not strict JSON is
 * {@code JSON-PARSE}.
 */
public final class InputLoader {

    /** Raised for an input that is absent, a directory or unreadable. */
    public static final Rule FILE_MISSING = Rule.FILE_MISSING;
    /** Raised for an input that is not strict JSON or exceeds the limits. */
    public static final Rule JSON_PARSE = Rule.JSON_PARSE;

    private final ProjectFiles files;
    private final InputReader reader;
    private final StrictJsonReader json;

    public InputLoader(ProjectFiles files, InputLimits limits) {
        this.files = files;
        this.reader = new InputReader(limits.maxBytes());
        this.json = new StrictJsonReader(limits);
    }

    public ProjectFiles files() {
        return files;
    }

    /** The outcome of loading one input: the loaded value or the breach explaining why not. */
    public record Loaded<T>(Optional<T> value, List<Breach> breaches) {

        static <T> Loaded<T> of(T value) {
            return new Loaded<>(Optional.of(value), List.of());
        }

        static <T> Loaded<T> failed(Breach breach) {
            return new Loaded<>(Optional.empty(), List.of(breach));
        }
    }

    /**
     * Reads the raw bytes of {@code path} (for Markdown and other non-JSON inputs): a regular file inside the project's
     * work tree, reached through no symbolic link ({@link io.github.cutoverguard.engine.input.InsideProject}).
     */
    public Loaded<RawInput> raw(Path path) {
        String display = files.display(path);
        try {
            return Loaded.of(reader.read(files, path));
        } catch (InputProblem e) {
            return Loaded.failed(UnreadableInput.breach(e, display, UnreadableInput.CONFIGURED));
        }
    }

    /** Reads and strictly parses the JSON file {@code path}. */
    public Loaded<JsonDocument> json(Path path) {
        Loaded<RawInput> raw = raw(path);
        return raw.value().isPresent() ? parse(raw.value().get()) : new Loaded<>(Optional.empty(), raw.breaches());
    }

    /** Strictly parses bytes already read (so an input hashed and parsed is read only once). */
    public Loaded<JsonDocument> parse(RawInput input) {
        try {
            return Loaded.of(json.parse(input));
        } catch (JsonProblem e) {
            return Loaded.failed(Breach.error(JSON_PARSE, e.getMessage())
                    .file(input.displayName())
                    .at(e.location())
                    .hint(e.hint())
                    .build());
        }
    }
}
