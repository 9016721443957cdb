package io.github.cutoverguard.engine.alignment;

import java.util.List;
import java.util.Set;

/**
 * The error-envelope schema of an OpenAPI description and the fields it defines, addressed by
 * dotted paths such as {@code error.code} that walk nested members; judged as an instance is
 * validated by {@link InstanceModel} ({@code $ref}s, {@code allOf}/{@code anyOf}/{@code oneOf},
 * {@code if}/{@code then}/{@code else}, {@code dependentSchemas}, {@code patternProperties},
 * {@code additionalProperties}, {@code unevaluatedProperties}, OpenAPI 3.0's ignored {@code $ref}
 * siblings). A {@code $ref} that cannot be followed is collected as a {@link RefProblem}.
 */
public final class EnvelopeSchema {

    /** Whether a required dotted field holds; if not, the first path prefix that fails and where. */
    public record Requirement(boolean satisfied, String field, boolean defined, String pointer) {
    }

    private final InstanceModel model;
    private final String pointer;

    public EnvelopeSchema(OpenApiDocument api, String pointer) {
        this.model = new InstanceModel(api);
        this.pointer = pointer;
    }

    /** The schema's pointer, e.g. {@code /components/schemas/ServiceErrorEnvelope}. */
    public String pointer() {
        return pointer;
    }

    /** The schema's name: the last token of its pointer, e.g. {@code ServiceErrorEnvelope}. */
    public String name() {
        return OpenApiDocument.lastToken(pointer);
    }

    /** The schemas that always apply at {@code start} (itself, its {@code $ref}s and {@code allOf} members); with {@code all}, every part. */
    List<InstanceModel.Part> parts(String start, boolean all, Set<RefProblem> problems) {
        return model.parts(start, all, problems);
    }

    /**
     * Whether every prefix of {@code dotted} is required (e.g. for {@code error.code}: {@code error}
     * by the envelope and {@code code} by {@code error}'s schema); if not, the first prefix that is
     * not, whether it is at least defined, and where to report it.
     */
    public Requirement requirement(String dotted, Set<RefProblem> problems) {
        return model.requirement(pointer, dotted, problems);
    }

    /** Every place the envelope defines, admits or requires {@code dotted}, through every applicator at every level. */
    List<InstanceModel.Occurrence> occurrences(String dotted, Set<RefProblem> problems) {
        return model.occurrences(pointer, dotted, problems);
    }

    /** The first object level on the way to {@code dotted} that no schema closes, or {@code null}. */
    InstanceModel.Open open(String dotted, Set<RefProblem> problems) {
        return model.open(pointer, dotted, problems);
    }

    /** The values the {@code enum}s and {@code const}s of {@code dotted} allow together. */
    InstanceModel.Allowed allowedValues(String dotted, Set<RefProblem> problems) {
        return model.allowed(pointer, dotted, problems);
    }

    /** The types besides an object the envelope admits ({@code null}, a string …), or {@code null}. */
    InstanceModel.NonObject nonObject(Set<RefProblem> problems) {
        return model.nonObject(pointer, problems);
    }

    /** Whether the schema at {@code start} is this envelope (directly, through {@code $ref}s or as an {@code allOf} member). */
    public boolean isUsedBy(String start, Set<RefProblem> problems) {
        for (InstanceModel.Part part : model.parts(start, false, problems)) {
            if (part.pointer().equals(pointer)) {
                return true;
            }
        }
        return false;
    }

    /** Every place the schema at {@code start} (e.g. a response's) defines, admits or requires {@code dotted}. */
    List<InstanceModel.Occurrence> occurrencesAt(String start, String dotted, Set<RefProblem> problems) {
        return model.occurrences(start, dotted, problems);
    }
}
