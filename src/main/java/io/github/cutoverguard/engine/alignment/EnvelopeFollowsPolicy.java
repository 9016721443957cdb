package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises {@link #RULE} when the error-envelope schema does not require a field the policy requires
 * (every prefix of a dotted field must be required: {@code error} and then {@code error}'s
 * {@code code}), admits something other than an object ({@code type: [object, "null"]}), or defines,
 * admits or requires a field the policy forbids, wherever it comes from: the schema itself, a
 * {@code $ref}'d component, an {@code allOf}/{@code anyOf}/{@code oneOf} member, {@code then}/{@code else},
 * {@code dependentSchemas}, a matching {@code patternProperties} pattern, an {@code additionalProperties}
 * or {@code unevaluatedProperties} schema, or an object level that is open: no schema that always
 * applies there closes it ({@code additionalProperties: false}) or names the field, so an instance
 * carrying it validates; a forbidden field named under {@code not} is beyond the analysis and
 * reported as such. An error response that adds a forbidden field beside the envelope
 * ({@link #responses}) is a breach too. Also raised when no envelope schema can be found, and for
 * a {@code $ref} on the way that is remote, dangling or cyclic.
 */
public final class EnvelopeFollowsPolicy implements Check<EnvelopeLookup> {

    public static final Rule RULE = Rule.ALIGN_ENVELOPE;

    private final OpenApiDocument api;
    private final EnvelopePolicy policy;

    /**
     * @param api    the OpenAPI description the envelopes are found in
     * @param policy the one envelope policy ({@link EnvelopePolicy#effective})
     */
    public EnvelopeFollowsPolicy(OpenApiDocument api, EnvelopePolicy policy) {
        this.api = api;
        this.policy = policy;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /**
     * The envelopes found (or configured): each that is missing, each envelope against the policy, then the error
     * responses' own schemas against it.
     */
    @Override
    public List<Breach> check(EnvelopeLookup lookup) {
        List<Breach> breaches = new ArrayList<>();
        for (EnvelopeLookup.Missing missing : lookup.missing()) {
            breaches.add(notFound(missing));
        }
        for (EnvelopeSchema envelope : lookup.envelopes()) {
            breaches.addAll(envelope(envelope));
        }
        breaches.addAll(responses(lookup.envelopes()));
        return breaches;
    }

    /** One envelope against the policy. */
    List<Breach> envelope(EnvelopeSchema envelope) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = api.document();
        Set<RefProblem> problems = new LinkedHashSet<>();
        String name = envelope.name();
        InstanceModel.NonObject nonObject = envelope.nonObject(problems);
        if (nonObject != null && !policy.requires().names().isEmpty()) {
            breaches.add(doc.breachAt(RULE, nonObject.pointer(), "the error envelope " + name + " admits "
                            + String.join(", ", nonObject.others()) + " as well as an object (type "
                            + String.join(", ", nonObject.others()) + "), so an error body may carry none of the fields "
                            + policy.requires().source() + " requires")
                    .expected("type: object").actual(String.join(", ", nonObject.others()))
                    .hint("make the envelope type: object only").build());
        }
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
        Set<String> reported = new LinkedHashSet<>();
        for (String field : policy.forbids().names()) {
            for (InstanceModel.Occurrence occurrence : envelope.occurrences(field, problems)) {
                if (reported.add(field + " " + occurrence.pointer())) {
                    breaches.add(forbidden(doc, "the error envelope " + name, field, occurrence, policy));
                }
            }
        }
        breaches.addAll(open(envelope, doc, policy, problems));
        problems.forEach(p -> breaches.add(p.toBreach(RULE, doc, "the envelope check")));
        return breaches;
    }

    /**
     * One breach per object level of the envelope that leaves a forbidden field open (no schema that always
     * applies there closes it or names the field), naming the forbidden fields an error body may carry there.
     */
    private static List<Breach> open(EnvelopeSchema envelope, JsonDocument doc, EnvelopePolicy policy,
                                     Set<RefProblem> problems) {
        Map<InstanceModel.Open, List<String>> open = new LinkedHashMap<>();
        for (String field : policy.forbids().names()) {
            InstanceModel.Open level = envelope.open(field, problems);
            if (level != null) {
                open.computeIfAbsent(level, l -> new ArrayList<>()).add(field);
            }
        }
        List<Breach> breaches = new ArrayList<>();
        open.forEach((level, fields) -> {
            String object = level.level().isEmpty() ? "the error envelope " + envelope.name()
                    : level.level() + " of the error envelope " + envelope.name();
            String closeWhat = level.level().isEmpty() ? "the envelope" : level.level();
            breaches.add(doc.breachAt(RULE, level.pointer(), object + " is open: no schema that applies to it closes "
                            + "it (additionalProperties: false) or names " + String.join(" or ", fields.stream()
                            .map(f -> member(f, level.level())).distinct().toList()) + ", so an error body carrying "
                            + String.join(" or ", fields) + " validates against it; " + policy.forbids().source()
                            + " forbids " + (fields.size() == 1 ? "it" : "them"))
                    .expected("additionalProperties: false").actual("open")
                    .hint("close " + closeWhat + ": additionalProperties: false, or unevaluatedProperties: false "
                            + "in OpenAPI 3.1 when it is built from allOf parts")
                    .build());
        });
        return breaches;
    }

    /**
     * The forbidden fields the 4xx/5xx/{@code default} responses' schemas define, admit or require beside
     * the envelopes (e.g. {@code allOf: [$ref envelope, {required: [legacy_error]}]}): each response schema
     * is judged as an instance is validated, as the envelopes are; what the envelopes themselves name is
     * {@link #check}'s. A {@code $ref} that cannot be followed is the error-response check's.
     */
    List<Breach> responses(List<EnvelopeSchema> envelopes) {
        List<Breach> breaches = new ArrayList<>();
        if (envelopes.isEmpty()) {
            return breaches;
        }
        JsonDocument doc = api.document();
        Set<RefProblem> ignored = new LinkedHashSet<>();
        EnvelopeSchema first = envelopes.get(0);
        Set<String> reported = new LinkedHashSet<>();
        for (String field : policy.forbids().names()) {
            envelopes.forEach(e -> reported.addAll(InstanceModel.places(field, e.occurrences(field, ignored))));
        }
        Set<String> schemas = new LinkedHashSet<>();
        for (OpenApiDocument.Operation operation : api.operations(ignored)) {
            JsonNode responses = operation.node().get("responses");
            if (responses == null || !responses.isObject()) {
                continue;
            }
            for (String status : responses.propertyNames()) {
                if (!EnvelopeLookup.StatusCodes.isErrorStatus(status)) {
                    continue;
                }
                OpenApiDocument.Resolved response = api.follow(operation.pointer() + "/responses/"
                        + JsonDocument.escape(status), responses.get(status));
                JsonNode content = response.ok() && response.node() != null ? response.node().get("content") : null;
                if (content == null || !content.isObject()) {
                    continue;
                }
                String subject = response.pointer().startsWith("/components/responses/")
                        ? "response " + OpenApiDocument.lastToken(response.pointer()) : "the " + status + " response of "
                        + operation.display();
                for (String mediaType : content.propertyNames()) {
                    String schema = response.pointer() + "/content/" + JsonDocument.escape(mediaType) + "/schema";
                    if (api.at(schema) == null || !schemas.add(schema)) {
                        continue;
                    }
                    String beside = envelopes.stream().anyMatch(e -> e.isUsedBy(schema, ignored))
                            ? " beside the error envelope" + (envelopes.size() == 1 ? " " + first.name() : "s "
                            + String.join(", ", envelopes.stream().map(EnvelopeSchema::name).toList())) : "";
                    for (String field : policy.forbids().names()) {
                        for (InstanceModel.Occurrence occurrence : first.occurrencesAt(schema, field, ignored)) {
                            if (reported.add(field + " " + occurrence.pointer())) {
                                breaches.add(forbidden(doc, subject, field, occurrence, policy, beside));
                            }
                        }
                    }
                }
            }
        }
        return breaches;
    }

    private static Breach forbidden(JsonDocument doc, String subject, String field, InstanceModel.Occurrence occurrence,
                                    EnvelopePolicy policy) {
        return forbidden(doc, subject, field, occurrence, policy, "");
    }

    /** {@code the error envelope X requires legacy_error (under then); <source> forbids it}. */
    private static Breach forbidden(JsonDocument doc, String subject, String field, InstanceModel.Occurrence occurrence,
                                    EnvelopePolicy policy, String beside) {
        String via = occurrence.viaRef() == null ? "" : " through the $ref at " + doc.displayName() + ":"
                + doc.locate(occurrence.viaRef()).line() + " to " + component(occurrence.pointer());
        String how = occurrence.negated() ? "names " + field + " under not, which the envelope check does not model"
                : switch (occurrence.kind()) {
                    case DEFINES -> "defines " + field;
                    case REQUIRES -> "requires " + field;
                    case ADMITS -> "admits " + field + " through " + occurrence.keyword();
                } + (occurrence.under() == null ? "" : " (under " + occurrence.under() + ")");
        String hint = occurrence.negated() ? "close the envelope with additionalProperties: false instead of a not"
                : occurrence.kind() == InstanceModel.Kind.ADMITS ? "close the envelope (additionalProperties: false, "
                + "or unevaluatedProperties: false in OpenAPI 3.1) so that it admits only the fields it defines"
                : "remove " + field + " from the " + (subject.startsWith("the error envelope") ? "envelope" : "response")
                + (occurrence.viaRef() == null ? "" : " and from the components it references");
        return doc.breachAt(RULE, occurrence.pointer(), subject + " " + how + via + beside + "; "
                        + policy.forbids().source() + " forbids it")
                .expected("absent: " + field).actual(field).hint(hint).build();
    }

    /** The breach for an envelope that cannot be found. */
    Breach notFound(EnvelopeLookup.Missing missing) {
        return api.document().breachAt(RULE, missing.pointer(), "cannot find the error envelope schema: " + missing.why())
                .hint("reference the envelope from the 4xx/5xx responses (content schema $ref '#/components/schemas/"
                        + "<Envelope>') or name the API's envelopes with <errorEnvelopeSchemas>")
                .build();
    }

    /** The member of {@code field} that sits at the object {@code level}: {@code error} for {@code error.legacy_code} at the top. */
    private static String member(String field, String level) {
        return field.substring(level.isEmpty() ? 0 : level.length() + 1).split("\\.")[0];
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
