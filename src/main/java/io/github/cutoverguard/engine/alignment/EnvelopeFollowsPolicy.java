package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the error-envelope schema does not require a field the policy requires
 * (every prefix of a dotted field must be required: {@code error} and then {@code error}'s
 * {@code code}), or defines or requires a field the policy forbids, wherever it comes from: the
 * schema itself, a {@code $ref}'d component, or an {@code allOf}/{@code anyOf}/{@code oneOf} member.
 * Also raised when no envelope schema can be found, and for a {@code $ref} on the way that is
 * remote, dangling or cyclic.
 */
public final class EnvelopeFollowsPolicy {

    public static final Rule RULE = Rule.ALIGN_ENVELOPE;

    private EnvelopeFollowsPolicy() {
    }

    public static List<Breach> check(EnvelopeSchema envelope, OpenApiDocument api, EnvelopePolicy policy) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = api.document();
        Set<RefProblem> problems = new LinkedHashSet<>();
        String name = envelope.name();
        for (String field : policy.requires().names()) {
            EnvelopeSchema.Requirement requirement = envelope.requirement(field, problems);
            if (requirement.satisfied()) {
                continue;
            }
            String what = requirement.defined()
                    ? "defines " + requirement.field() + " but does not require it"
                    : "does not define " + requirement.field();
            breaches.add(doc.breachAt(RULE, requirement.pointer(), "the error envelope " + name + " " + what
                            + (requirement.field().equals(field) ? "" : " (needed for " + field + ")")
                            + "; " + policy.requires().source() + " requires " + field)
                    .expected("required: " + field)
                    .hint(requirement.defined() ? "add " + last(requirement.field()) + " to the required list of "
                            + "its schema" : "define " + requirement.field() + " in " + name + " and require it")
                    .build());
        }
        for (String field : policy.forbids().names()) {
            Set<String> reported = new LinkedHashSet<>();
            for (EnvelopeSchema.Occurrence occurrence : envelope.occurrences(field, problems)) {
                if (!reported.add(occurrence.pointer())) {
                    continue;
                }
                String via = occurrence.viaRef() == null ? "" : " through the $ref at " + doc.displayName() + ":"
                        + doc.locate(occurrence.viaRef()).line() + " to " + component(occurrence.pointer());
                breaches.add(doc.breachAt(RULE, occurrence.pointer(), "the error envelope " + name
                                + (occurrence.required() ? " requires " : " defines ") + field + via + "; "
                                + policy.forbids().source() + " forbids it")
                        .expected("absent: " + field).actual(field)
                        .hint("remove " + field + " from the envelope" + (occurrence.viaRef() == null ? ""
                                : " and from the components it references"))
                        .build());
            }
        }
        problems.forEach(p -> breaches.add(p.toBreach(RULE, doc, "the envelope check")));
        return breaches;
    }

    /** The breach for an envelope that cannot be found. */
    public static Breach notFound(OpenApiDocument api, EnvelopeLookup.Missing missing) {
        return api.document().breachAt(RULE, missing.pointer(), "cannot find the error envelope schema: " + missing.why())
                .hint("reference the envelope from the 4xx/5xx responses (content schema $ref '#/components/schemas/"
                        + "<Envelope>') or name the API's envelopes with <errorEnvelopeSchemas>")
                .build();
    }

    private static String last(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    /** {@code #/components/schemas/LegacyError} for a pointer inside that component. */
    private static String component(String pointer) {
        String[] tokens = pointer.split("/", -1);
        return tokens.length > 3 ? "#/" + tokens[1] + "/" + tokens[2] + "/" + tokens[3] : "#" + pointer;
    }
}
