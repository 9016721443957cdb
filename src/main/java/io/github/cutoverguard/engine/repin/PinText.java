package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.pin.PinFields;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.json.JsonFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The integration pin's text as {@code repin} writes it. An existing pin keeps everything but the values of the
 * members {@code repin} owns (the release fields, the commit its tag resolved to, contract versions and manifest
 * hash): its other members, key order, indentation and line endings stay as written, because only those values'
 * characters are replaced. A pin written before {@code repin} recorded the tag's commit gets
 * {@code release_tag_commit_sha} right after {@code commit_sha}, with that member's indentation and separator. A new
 * pin is written in the reference layout (two-space indentation, one member per line, a final newline).
 */
final class PinText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PinText() {
    }

    /**
     * The owned members and their values for {@code baseline}, the commit its tag resolves to and the manifest's
     * SHA-256, in pin order (the tag's commit right after {@code commit_sha}).
     */
    static Map<String, String> owned(Baseline baseline, String tagCommit, String manifestSha256) {
        Map<String, String> values = new LinkedHashMap<>();
        PinFields.release(baseline).forEach((member, value) -> {
            values.put(member, value);
            if (member.equals(PinFields.COMMIT_SHA)) {
                values.put(PinFields.RELEASE_TAG_COMMIT, tagCommit);
            }
        });
        values.put(PinFields.MANIFEST_SHA256, manifestSha256);
        return values;
    }

    /**
     * {@code pin} (strict JSON, already validated) with the top-level string values of {@code values} replaced.
     *
     * @throws IllegalArgumentException naming an owned member the pin lacks or holds as no string
     */
    static byte[] update(byte[] pin, Map<String, String> values) {
        String text = new String(pin, StandardCharsets.UTF_8);
        record Span(int start, int end, String replacement) {
        }
        List<Span> spans = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>(values);
        int memberStart = -1;
        Span recordAfter = null;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            int depth = 0;
            String member = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.PROPERTY_NAME && depth == 1) {
                    member = parser.currentName();
                    memberStart = (int) parser.currentTokenLocation().getCharOffset();
                } else if (depth == 1 && member != null && values.containsKey(member)) {
                    if (token != JsonToken.VALUE_STRING) {
                        throw new IllegalArgumentException("the pin's " + member + " is no string");
                    }
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.getString();
                    int end = (int) parser.currentLocation().getCharOffset();
                    spans.add(new Span(start, end, quote(values.get(member))));
                    missing.remove(member);
                    if (member.equals(PinFields.COMMIT_SHA) && values.containsKey(PinFields.RELEASE_TAG_COMMIT)) {
                        recordAfter = new Span(end, end, recordedMember(text, memberStart, start,
                                values.get(PinFields.RELEASE_TAG_COMMIT)));
                    }
                }
            }
        }
        if (missing.containsKey(PinFields.RELEASE_TAG_COMMIT) && recordAfter != null) {
            missing.remove(PinFields.RELEASE_TAG_COMMIT);
            spans.add(recordAfter);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the pin has no " + String.join(", ", missing.keySet()));
        }
        StringBuilder out = new StringBuilder(text);
        spans.sort((a, b) -> Integer.compare(b.start(), a.start()));
        for (Span span : spans) {
            out.replace(span.start(), span.end(), span.replacement());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code release_tag_commit_sha} as a member following {@code commit_sha}: a comma, then the whitespace before
     * {@code commit_sha}'s name (its line break and indentation) and its name-to-value separator as written.
     *
     * @param nameStart  where {@code commit_sha}'s name starts
     * @param valueStart where its value starts
     */
    private static String recordedMember(String text, int nameStart, int valueStart, String value) {
        int indent = nameStart;
        while (indent > 0 && Character.isWhitespace(text.charAt(indent - 1))) {
            indent--;
        }
        int colon = text.lastIndexOf(':', valueStart - 1);
        int nameEnd = text.lastIndexOf('"', colon) + 1;
        return "," + text.substring(indent, nameStart) + quote(PinFields.RELEASE_TAG_COMMIT)
                + text.substring(nameEnd, valueStart) + quote(value);
    }

    /** A new pin: {@code <producerName>_repo}, the owned members, then the default base URL and timeout. */
    static byte[] create(String producerName, String repositoryUrl, Map<String, String> owned, String defaultBaseUrl,
                         int defaultTimeoutMs) {
        List<String> members = new ArrayList<>();
        members.add(quote(producerName + "_repo") + ": " + quote(repositoryUrl));
        owned.forEach((name, value) -> members.add(quote(name) + ": " + quote(value)));
        members.add(quote("default_base_url") + ": " + quote(defaultBaseUrl));
        members.add(quote("default_timeout_ms") + ": " + defaultTimeoutMs);
        return ("{\n  " + String.join(",\n  ", members) + "\n}\n").getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(value, quoted);
        return quoted.append('"').toString();
    }
}
