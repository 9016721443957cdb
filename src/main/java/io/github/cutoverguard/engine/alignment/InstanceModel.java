package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What an instance of a schema of an OpenAPI description may and must carry, judged as a validator
 * judges it: for a dotted field ({@code error.code}), where the schema defines, admits or requires it
 * and which values it allows.
 *
 * <p>At each level the schema applies together with its <em>parts</em>: what its {@code $ref} names
 * and its {@code allOf} members (parts that always hold), and, for what an instance <em>may</em>
 * carry, also its {@code anyOf}/{@code oneOf} branches, {@code then}/{@code else} and
 * {@code dependentSchemas} (parts that hold for some instances) and {@code not} (which the model does
 * not judge: what it names is reported as such, never passed). A field is admitted through
 * {@code properties}, a matching {@code patternProperties} pattern, or an {@code additionalProperties}
 * or {@code unevaluatedProperties} schema that is not {@code false}. In OpenAPI 3.0 the siblings of a
 * schema's {@code $ref} are ignored; in 3.1 they apply. Only local {@code $ref}s are followed; one that
 * cannot be is collected as a {@link RefProblem}.
 */
final class InstanceModel {

    /** One schema that applies at a level, the {@code $ref} that brought it in, for whom it holds, and whether under a {@code not}. */
    record Part(String pointer, JsonNode node, String viaRef, String under, boolean negated) {

        /** Whether the part holds for every instance (not only under a branch, condition or {@code not}). */
        boolean always() {
            return under == null;
        }
    }

    /** How a schema names a field. */
    enum Kind {
        /** {@code properties/<name>}. */
        DEFINES,
        /** {@code required/<i>} or {@code dependentRequired/<key>/<i>}. */
        REQUIRES,
        /** A matching {@code patternProperties} pattern, or {@code additionalProperties}/{@code unevaluatedProperties}. */
        ADMITS
    }

    /**
     * One place a schema names a field: its pointer, how, the keyword that admits it (for
     * {@link Kind#ADMITS}), the {@code $ref} it came through, the applicator it holds under
     * ({@code then}, {@code anyOf/0}, or {@code null}) and whether it is under {@code not}.
     */
    record Occurrence(String pointer, Kind kind, String keyword, String viaRef, String under, boolean negated) {
    }

    /**
     * An object level on the way to a dotted field that leaves the member open: no schema that always
     * applies there names it or closes the object, so an instance carrying it validates.
     *
     * @param pointer the schema to close
     * @param level   the dotted path of the object ({@code ""} for the schema itself, {@code error} for its error)
     */
    record Open(String pointer, String level) {
    }

    /** A subschema that applies to a member of an instance: its pointer, how, and the admitting keyword. */
    private record Member(String pointer, Kind kind, String keyword) {
    }

    /** One value an enum or const allows, and its pointer. */
    record AllowedValue(String value, String pointer) {
    }

    /**
     * The values a field may take: {@code values} is what every applying {@code enum}/{@code const}
     * allows together (the intersection under {@code allOf}, the union over {@code anyOf}/{@code oneOf}
     * branches), {@code null} when nothing constrains it; {@code lists} are the enums and consts met
     * (by pointer); {@code unmodelled} the pointers of constructs on the way the model does not judge.
     */
    record Allowed(boolean defined, List<AllowedValue> values, Map<String, List<AllowedValue>> lists,
                   List<String> unmodelled) {
    }

    /** A schema's stated types, when they admit more than an object: where, and which other types. */
    record NonObject(String pointer, Set<String> others) {
    }

    private static final JsonNode NOTHING = JsonNodeFactory.instance.objectNode();
    private static final List<String> BRANCHES = List.of("anyOf", "oneOf");

    private final OpenApiDocument api;
    private final boolean refSiblingsIgnored;

    InstanceModel(OpenApiDocument api) {
        this.api = api;
        String version = api.openApiVersion();
        this.refSiblingsIgnored = version != null && version.startsWith("3.0");
    }

    /**
     * The schemas that apply at {@code start}: itself, what its {@code $ref} names and its {@code allOf}
     * members, recursively; with {@code all}, also the parts that hold for some instances.
     */
    List<Part> parts(String start, boolean all, Set<RefProblem> problems) {
        List<Part> out = new ArrayList<>();
        collect(start, null, null, false, all, new HashSet<>(), new HashSet<>(), out, problems);
        return out;
    }

    private List<Part> partsOf(List<String> pointers, boolean all, Set<RefProblem> problems) {
        Set<String> seen = new HashSet<>();
        List<Part> out = new ArrayList<>();
        for (String p : pointers) {
            collect(p, null, null, false, all, new HashSet<>(), seen, out, problems);
        }
        return out;
    }

    private void collect(String at, String viaRef, String under, boolean negated, boolean all, Set<String> stack,
                         Set<String> seen, List<Part> out, Set<RefProblem> problems) {
        JsonNode node = api.at(at);
        if (node == null || !node.isObject() || !seen.add(at)) {
            return;
        }
        stack.add(at);
        String target = follow(at, node, stack, problems);
        boolean refOnly = refSiblingsIgnored && node.has("$ref");
        out.add(new Part(at, refOnly ? NOTHING : node, viaRef, under, negated));
        if (target != null) {
            collect(target, at + "/$ref", under, negated, all, stack, seen, out, problems);
        }
        if (!refOnly) {
            for (String member : members(node, "allOf")) {
                collect(at + "/" + member, viaRef, under, negated, all, stack, seen, out, problems);
            }
            if (all) {
                for (String keyword : BRANCHES) {
                    for (String member : members(node, keyword)) {
                        collect(at + "/" + member, viaRef, join(under, member), negated, all, stack, seen, out, problems);
                    }
                }
                for (String member : conditional(node)) {
                    collect(at + "/" + member, viaRef, join(under, member), negated, all, stack, seen, out, problems);
                }
                if (node.has("not")) {
                    collect(at + "/not", viaRef, join(under, "not"), true, all, stack, seen, out, problems);
                }
            }
        }
        stack.remove(at);
    }

    /** The pointer the {@code $ref} of {@code node} names, or {@code null} (none, or a problem, collected). */
    private String follow(String at, JsonNode node, Set<String> stack, Set<RefProblem> problems) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.isString()) {
            return null;
        }
        String refPointer = at + "/$ref";
        OpenApiDocument.Hop hop = api.hop(refPointer, ref.asString());
        if (hop.problem() != null) {
            problems.add(hop.problem());
            return null;
        }
        if (stack.contains(hop.target())) {
            problems.add(new RefProblem(RefProblem.Kind.CYCLE, refPointer, ref.asString()));
            return null;
        }
        return hop.target();
    }

    /** {@code allOf/0}, {@code allOf/1}, … for an array of schemas under {@code keyword}. */
    private static List<String> members(JsonNode node, String keyword) {
        JsonNode members = node.get(keyword);
        List<String> out = new ArrayList<>();
        if (members != null && members.isArray()) {
            for (int i = 0; i < members.size(); i++) {
                out.add(keyword + "/" + i);
            }
        }
        return out;
    }

    /** {@code then}, {@code else} and {@code dependentSchemas/<name>}: parts that hold for some instances. */
    private static List<String> conditional(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (String keyword : List.of("then", "else")) {
            if (node.has(keyword)) {
                out.add(keyword);
            }
        }
        JsonNode dependent = node.get("dependentSchemas");
        if (dependent != null && dependent.isObject()) {
            dependent.propertyNames().forEach(name -> out.add("dependentSchemas/" + JsonDocument.escape(name)));
        }
        return out;
    }

    private static String join(String under, String member) {
        return under == null ? member : under + "/" + member;
    }

    /** The subschemas of one schema that apply to a member {@code name} of an instance. */
    private static List<Member> membersNamed(Part part, String name) {
        JsonNode node = part.node();
        List<Member> out = new ArrayList<>();
        JsonNode properties = node.get("properties");
        boolean named = false;
        if (properties != null && properties.isObject() && properties.get(name) != null) {
            named = true;
            if (admits(properties.get(name))) {
                out.add(new Member(part.pointer() + "/properties/" + JsonDocument.escape(name), Kind.DEFINES, null));
            }
        }
        JsonNode patterns = node.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            for (String pattern : patterns.propertyNames()) {
                if (matches(pattern, name)) {
                    named = true;
                    if (admits(patterns.get(pattern))) {
                        out.add(new Member(part.pointer() + "/patternProperties/" + JsonDocument.escape(pattern),
                                Kind.ADMITS, "patternProperties \"" + pattern + "\""));
                    }
                }
            }
        }
        if (!named && admits(node.get("additionalProperties"))) {
            out.add(new Member(part.pointer() + "/additionalProperties", Kind.ADMITS, "additionalProperties"));
        }
        if (!named && admits(node.get("unevaluatedProperties"))) {
            out.add(new Member(part.pointer() + "/unevaluatedProperties", Kind.ADMITS, "unevaluatedProperties"));
        }
        return out;
    }

    /**
     * The first object level on the way to {@code dotted} that leaves its member open, or {@code null}
     * when an instance carrying the field is rejected (a part that always applies names the member
     * {@code false}, closes the object without naming it, or admits no object) or the field is
     * admitted through a subschema, which {@link #occurrences} reports. Parts that hold only under a
     * branch or condition never close a level: fail closed.
     */
    Open open(String start, String dotted, Set<RefProblem> problems) {
        String[] segments = dotted.split("\\.");
        List<String> level = List.of(start);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            List<Part> always = partsOf(level, false, problems);
            List<Part> every = partsOf(level, true, problems);
            boolean evaluated = every.stream().filter(p -> !p.negated()).anyMatch(p -> names(p.node(), segment));
            if (always.stream().anyMatch(p -> rejects(p.node(), segment, evaluated))) {
                return null;
            }
            List<String> next = new ArrayList<>();
            always.forEach(p -> membersNamed(p, segment).forEach(m -> next.add(m.pointer())));
            if (next.isEmpty()) {
                return new Open(objectSchema(always, level.get(0)),
                        String.join(".", java.util.Arrays.copyOfRange(segments, 0, i)));
            }
            level = next;
        }
        return null;
    }

    /** Whether a schema names member {@code name} in {@code properties} or a matching {@code patternProperties} pattern. */
    private static boolean names(JsonNode node, String name) {
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject() && properties.get(name) != null) {
            return true;
        }
        JsonNode patterns = node.get("patternProperties");
        return patterns != null && patterns.isObject()
                && patterns.propertyNames().stream().anyMatch(pattern -> matches(pattern, name));
    }

    /**
     * Whether one schema rejects an instance carrying member {@code name}: it names it {@code false}, states
     * types without {@code object}, or closes the object without naming it ({@code additionalProperties: false};
     * {@code unevaluatedProperties: false} in OpenAPI 3.1 when no part at the level, {@code evaluated}, names it).
     */
    private boolean rejects(JsonNode node, String name, boolean evaluated) {
        JsonNode type = node.get("type");
        if (type != null && (type.isString() || type.isArray())) {
            Set<String> stated = new HashSet<>();
            if (type.isString()) {
                stated.add(type.asString());
            } else {
                type.forEach(t -> stated.add(t.asString()));
            }
            if (!stated.contains("object")) {
                return true;
            }
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject() && properties.get(name) != null) {
            return !admits(properties.get(name));
        }
        JsonNode patterns = node.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            List<String> matching = patterns.propertyNames().stream().filter(p -> matches(p, name)).toList();
            if (!matching.isEmpty()) {
                return matching.stream().anyMatch(p -> !admits(patterns.get(p)));
            }
        }
        return isFalse(node.get("additionalProperties"))
                || !refSiblingsIgnored && !evaluated && isFalse(node.get("unevaluatedProperties"));
    }

    private static boolean isFalse(JsonNode schema) {
        return schema != null && schema.isBoolean() && !schema.booleanValue();
    }

    /** Whether a {@code patternProperties} pattern matches {@code name}; one the model cannot read may: fail closed. */
    private static boolean matches(String pattern, String name) {
        try {
            return Pattern.compile(pattern).matcher(name).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    /** The part to close at a level: the first whose keywords apply (not a $ref whose siblings OpenAPI 3.0 ignores). */
    private static String objectSchema(List<Part> parts, String fallback) {
        for (Part part : parts) {
            if (part.node() != NOTHING) {
                return part.pointer();
            }
        }
        return fallback;
    }

    /** Whether a stated subschema admits a value: anything but {@code false} (absent states nothing). */
    private static boolean admits(JsonNode schema) {
        return schema != null && !isFalse(schema);
    }

    /** Every place the schema at {@code start} defines, admits or requires {@code dotted}, at every level. */
    List<Occurrence> occurrences(String start, String dotted, Set<RefProblem> problems) {
        String[] segments = dotted.split("\\.");
        List<String> level = List.of(start);
        List<Occurrence> found = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            List<String> next = new ArrayList<>();
            for (Part part : partsOf(level, true, problems)) {
                for (Member member : membersNamed(part, segment)) {
                    next.add(member.pointer());
                    if (last) {
                        found.add(new Occurrence(member.pointer(), member.kind(), member.keyword(), part.viaRef(),
                                part.under(), part.negated()));
                    }
                }
                if (last) {
                    for (String required : requiredAt(part, segment)) {
                        found.add(new Occurrence(required, Kind.REQUIRES, null, part.viaRef(), part.under(), part.negated()));
                    }
                }
            }
            level = next;
        }
        return found;
    }

    /** The pointers at which one schema requires {@code name}: {@code required} and {@code dependentRequired}. */
    private static List<String> requiredAt(Part part, String name) {
        List<String> out = new ArrayList<>();
        int index = requiredIndex(part.node(), name);
        if (index >= 0) {
            out.add(part.pointer() + "/required/" + index);
        }
        JsonNode dependent = part.node().get("dependentRequired");
        if (dependent != null && dependent.isObject()) {
            for (String key : dependent.propertyNames()) {
                JsonNode names = dependent.get(key);
                for (int i = 0; names.isArray() && i < names.size(); i++) {
                    if (names.get(i).isString() && names.get(i).asString().equals(name)) {
                        out.add(part.pointer() + "/dependentRequired/" + JsonDocument.escape(key) + "/" + i);
                    }
                }
            }
        }
        return out;
    }

    /** Whether every prefix of a dotted field is required; if not, the first that is not and where. */
    EnvelopeSchema.Requirement requirement(String start, String dotted, Set<RefProblem> problems) {
        String[] segments = dotted.split("\\.");
        List<String> level = List.of(start);
        String report = start;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String prefix = String.join(".", java.util.Arrays.copyOfRange(segments, 0, i + 1));
            List<Part> parts = partsOf(level, false, problems);
            List<String> next = new ArrayList<>();
            boolean required = false;
            for (Part part : parts) {
                membersNamed(part, segment).forEach(m -> next.add(m.pointer()));
                required |= requires(part, segment, problems, 0);
            }
            if (!required) {
                String where = next.isEmpty() ? (parts.isEmpty() ? report : parts.get(0).pointer())
                        : requiredListOrSchema(parts, next.get(0));
                return new EnvelopeSchema.Requirement(false, prefix, !next.isEmpty(), where);
            }
            if (next.isEmpty() && i < segments.length - 1) {
                return new EnvelopeSchema.Requirement(false, prefix + "." + segments[i + 1], false,
                        parts.isEmpty() ? report : parts.get(0).pointer());
            }
            report = next.isEmpty() ? report : next.get(0);
            level = next;
        }
        return new EnvelopeSchema.Requirement(true, dotted, true, report);
    }

    /** Whether one part requires {@code name}: it lists it, or every branch of one of its anyOf/oneOf does. */
    private boolean requires(Part part, String name, Set<RefProblem> problems, int depth) {
        if (requiredIndex(part.node(), name) >= 0) {
            return true;
        }
        if (depth > 8) {
            return false;
        }
        for (String keyword : BRANCHES) {
            List<String> branches = members(part.node(), keyword);
            boolean every = !branches.isEmpty();
            for (int i = 0; i < branches.size() && every; i++) {
                boolean branch = false;
                for (Part p : parts(part.pointer() + "/" + branches.get(i), false, problems)) {
                    branch |= requires(p, name, problems, depth + 1);
                }
                every = branch;
            }
            if (every) {
                return true;
            }
        }
        return false;
    }

    /** The {@code required} array of the part whose member {@code memberPointer} is, or that part. */
    private static String requiredListOrSchema(List<Part> parts, String memberPointer) {
        Part owner = null;
        for (Part part : parts) {
            if (memberPointer.startsWith(part.pointer() + "/")
                    && (owner == null || part.pointer().length() > owner.pointer().length())) {
                owner = part;
            }
        }
        if (owner == null) {
            return memberPointer;
        }
        return owner.node().has("required") ? owner.pointer() + "/required" : owner.pointer();
    }

    /**
     * The types the schema at {@code start} admits besides an object, when its parts state types:
     * {@code type: [object, "null"]}, or OpenAPI 3.0's {@code nullable: true}. {@code null} when they
     * admit only objects or state no type.
     */
    NonObject nonObject(String start, Set<RefProblem> problems) {
        Set<String> admitted = null;
        String where = null;
        for (Part part : parts(start, false, problems)) {
            JsonNode type = part.node().get("type");
            Set<String> stated = new TreeSet<>();
            if (type != null && type.isString()) {
                stated.add(type.asString());
            } else if (type != null && type.isArray()) {
                type.forEach(t -> stated.add(t.asString()));
            }
            JsonNode nullable = part.node().get("nullable");
            boolean isNullable = refSiblingsIgnored && nullable != null && nullable.isBoolean() && nullable.booleanValue();
            if (isNullable && !stated.isEmpty()) {
                stated.add("null");
            }
            if (stated.isEmpty()) {
                continue;
            }
            if (where == null && (stated.size() > 1 || !stated.contains("object"))) {
                where = part.pointer() + (isNullable ? "/nullable" : "/type");
            }
            if (admitted == null) {
                admitted = stated;
            } else {
                admitted.retainAll(stated);
            }
        }
        if (admitted == null || where == null) {
            return null;
        }
        admitted.remove("object");
        return admitted.isEmpty() ? null : new NonObject(where, admitted);
    }

    /** The values the {@code enum}s and {@code const}s that apply to {@code dotted} allow together. */
    Allowed allowed(String start, String dotted, Set<RefProblem> problems) {
        Map<String, List<AllowedValue>> lists = new LinkedHashMap<>();
        List<String> unmodelled = new ArrayList<>();
        Constraint c = constraint(start, dotted.split("\\."), 0, new HashSet<>(), lists, unmodelled, problems);
        return new Allowed(c.defined(), c.values() == null ? null : List.copyOf(c.values().values()), lists, unmodelled);
    }

    /** Whether a field is defined, and the values it may take ({@code null}: any). */
    private record Constraint(boolean defined, Map<String, AllowedValue> values) {

        static final Constraint UNDEFINED = new Constraint(false, null);

        /** Both hold. */
        Constraint and(Constraint other) {
            if (!other.defined) {
                return this;
            }
            if (!defined) {
                return other;
            }
            if (values == null || other.values == null) {
                return new Constraint(true, values == null ? other.values : values);
            }
            Map<String, AllowedValue> both = new LinkedHashMap<>(values);
            both.keySet().retainAll(other.values.keySet());
            return new Constraint(true, both);
        }

        /** One of them holds. */
        static Constraint or(List<Constraint> branches) {
            boolean defined = branches.stream().anyMatch(Constraint::defined);
            if (branches.stream().anyMatch(b -> !b.defined || b.values == null)) {
                return new Constraint(defined, null);
            }
            Map<String, AllowedValue> any = new LinkedHashMap<>();
            branches.forEach(b -> b.values.forEach(any::putIfAbsent));
            return new Constraint(defined, any);
        }
    }

    private Constraint constraint(String at, String[] segments, int index, Set<String> stack,
                                  Map<String, List<AllowedValue>> lists, List<String> unmodelled, Set<RefProblem> problems) {
        JsonNode node = api.at(at);
        if (node == null || !node.isObject() || stack.contains(at)) {
            return Constraint.UNDEFINED;
        }
        stack.add(at);
        boolean refOnly = refSiblingsIgnored && node.has("$ref");
        Constraint result = Constraint.UNDEFINED;
        String target = follow(at, node, stack, problems);
        if (target != null) {
            result = result.and(constraint(target, segments, index, stack, lists, unmodelled, problems));
        }
        if (!refOnly) {
            if (index == segments.length) {
                result = result.and(own(at, node, lists));
            } else {
                Part self = new Part(at, node, null, null, false);
                for (Member member : membersNamed(self, segments[index])) {
                    result = result.and(constraint(member.pointer(), segments, index + 1, stack, lists, unmodelled, problems));
                }
            }
            for (String member : members(node, "allOf")) {
                result = result.and(constraint(at + "/" + member, segments, index, stack, lists, unmodelled, problems));
            }
            for (String keyword : BRANCHES) {
                List<String> branches = members(node, keyword);
                if (!branches.isEmpty()) {
                    List<Constraint> each = new ArrayList<>();
                    branches.forEach(b -> each.add(constraint(at + "/" + b, segments, index, stack, lists, unmodelled, problems)));
                    result = result.and(Constraint.or(each));
                }
            }
            if (node.has("then") || node.has("else")) {
                List<Constraint> each = new ArrayList<>();
                for (String keyword : List.of("then", "else")) {
                    each.add(node.has(keyword) ? constraint(at + "/" + keyword, segments, index, stack, lists, unmodelled,
                            problems) : Constraint.UNDEFINED);
                }
                result = result.and(Constraint.or(each));
            }
            for (String member : conditional(node)) {
                if (member.startsWith("dependentSchemas/")
                        && constraint(at + "/" + member, segments, index, stack, lists, unmodelled, problems).defined()) {
                    unmodelled.add(at + "/" + member);
                }
            }
            if (node.has("not") && constraint(at + "/not", segments, index, stack, new LinkedHashMap<>(), unmodelled,
                    problems).defined()) {
                unmodelled.add(at + "/not");
            }
        }
        stack.remove(at);
        return result;
    }

    /** The values one schema's own {@code enum} and {@code const} allow together. */
    private static Constraint own(String at, JsonNode node, Map<String, List<AllowedValue>> lists) {
        Constraint result = new Constraint(true, null);
        JsonNode allowed = node.get("enum");
        if (allowed != null && allowed.isArray()) {
            List<AllowedValue> list = new ArrayList<>();
            Map<String, AllowedValue> values = new LinkedHashMap<>();
            for (int i = 0; i < allowed.size(); i++) {
                AllowedValue value = new AllowedValue(allowed.get(i).asString(), at + "/enum/" + i);
                list.add(value);
                values.putIfAbsent(value.value(), value);
            }
            lists.putIfAbsent(at + "/enum", list);
            result = result.and(new Constraint(true, values));
        }
        JsonNode constant = node.get("const");
        if (constant != null && constant.isValueNode()) {
            AllowedValue value = new AllowedValue(constant.asString(), at + "/const");
            lists.putIfAbsent(at + "/const", List.of(value));
            Map<String, AllowedValue> values = new LinkedHashMap<>();
            values.put(value.value(), value);
            result = result.and(new Constraint(true, values));
        }
        return result;
    }

    private static int requiredIndex(JsonNode schema, String name) {
        JsonNode required = schema.get("required");
        if (required != null && required.isArray()) {
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).isString() && required.get(i).asString().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The distinct places of {@code occurrences} of {@code field}, in order: {@code <field> <pointer>}. */
    static Set<String> places(String field, List<Occurrence> occurrences) {
        Set<String> out = new LinkedHashSet<>();
        occurrences.forEach(o -> out.add(field + " " + o.pointer()));
        return out;
    }
}
