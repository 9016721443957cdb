package io.github.cutoverguard.engine.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outputs are never inputs (DESIGN §7): a file a goal writes ({@code generate-handoff}'s candidate, {@code repin}'s pin,
 * mirror and matrix, the reports) may not be a file a configured input names, nor lie in a directory one names. A goal
 * that wrote its own input would judge what it wrote, e.g. a handoff generated over the manifest it is generated from.
 *
 * @param inputs the configured inputs, each with the parameter that names it
 */
public record OutputsAreNotInputs(List<ConfiguredInput> inputs) {

    /** One configured input: the parameter (as the POM spells it) and the file or directory it names. */
    public record ConfiguredInput(String parameter, Path path) {

        public ConfiguredInput {
            path = real(path);
        }
    }

    public OutputsAreNotInputs {
        inputs = List.copyOf(inputs);
    }

    /**
     * Why {@code output}, written for {@code outputParameter}, may not be written, or empty when no input names it.
     * Inputs named by a parameter in {@code own} are not counted: the file a goal exists to rewrite is also read by
     * other goals under the same parameter ({@code repin}'s {@code pinFile}, {@code generate-handoff}'s {@code handoffFile}).
     *
     * @param shown how the output path is shown to the user
     */
    public Optional<String> problem(String outputParameter, Path output, String shown, Set<String> own) {
        Path written = real(output);
        for (ConfiguredInput input : inputs) {
            if (own.contains(input.parameter())) {
                continue;
            }
            if (written.equals(input.path())) {
                return Optional.of("<" + outputParameter + "> would write " + shown + ", which <" + input.parameter()
                        + "> names as an input: a goal never writes its inputs. Set <" + outputParameter
                        + "> (or <" + input.parameter() + ">) to another file");
            }
            if (written.startsWith(input.path())) {
                return Optional.of("<" + outputParameter + "> would write " + shown + " inside the directory <"
                        + input.parameter() + "> names as an input: a goal never writes its inputs. Set <"
                        + outputParameter + "> outside it");
            }
        }
        return Optional.empty();
    }

    /**
     * The path with links resolved as far as it exists (a link to an input is that input), absolute and normalized.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
